import { describe, expect, it } from 'vitest';
import { filterGraph, NO_FILTERS, nodeInRange, edgeInRange, sliceByTime } from '../../../src/model';
import { loadFixture } from '../helpers';

const d = loadFixture();
const node = (id: string) => d.nodeById.get(id)!;

describe('time rule', () => {
  it.each<[string, string | null, string | null, boolean]>([
    ['budapest-convention', null, '2000', false], // before adoption
    ['budapest-convention', null, '2001', true], // to=2001 runs to the end of 2001
    ['budapest-convention', null, '2001-11-22', false],
    ['budapest-convention', null, '2001-11-23', true],
    ['un-gge', '2021', null, true], // ended 2021: still there during 2021
    ['un-gge', '2022', null, false], // after end
    ['enisa', null, '2004-01-01', true], // "2004" counts from 2004-01-01
    ['enisa', null, '2003-12-31', false],
    ['EST', null, '1900', true], // states are timeless
  ])('%s from %s to %s → %s', (id, from, to, shown) =>
    expect(nodeInRange(node(id), { from, to })).toBe(shown),
  );

  it('keeps edges that began by `to` or have no date, and had not ended before `from`', () => {
    const edge = (id: string) => d.edgeById.get(id)!;
    expect(edgeInRange(edge('eu--cooperates-with--nato'), { from: null, to: '2015' })).toBe(false);
    expect(edgeInRange(edge('eu--cooperates-with--nato'), { from: null, to: '2016' })).toBe(true);
    expect(edgeInRange(edge('enisa--part-of--eu'), { from: '1990', to: '1991' })).toBe(true);
    expect(edgeInRange(edge('interpol--cooperates-with--eu'), { from: '2004', to: null })).toBe(
      false,
    );
  });

  it('slices a graph to the network as it stood', () => {
    const g = sliceByTime(filterGraph(d, NO_FILTERS), { from: '1998', to: '2004' });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(
      [
        'afripol',
        'budapest-convention',
        'coe',
        'enisa',
        'eu',
        'interpol',
        'nato',
        'un',
        'un-gge',
      ].filter((id) => id !== 'afripol'),
    );
    expect(g.edges.map((e) => e.id).sort()).toEqual([
      'budapest-convention--adopted-by--coe',
      'enisa--part-of--eu',
      'interpol--cooperates-with--eu',
      'un-gge--part-of--un',
    ]);
  });
});
