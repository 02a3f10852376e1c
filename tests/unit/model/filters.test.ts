import { describe, expect, it } from 'vitest';
import { facetCounts, filterGraph, NO_FILTERS, type GraphFilters } from '../../../src/model';
import { loadFixture } from '../helpers';

const d = loadFixture();
const ids = (f: Partial<GraphFilters>) =>
  filterGraph(d, { ...NO_FILTERS, ...f })
    .nodes.map((n) => n.id)
    .sort();
const edgeIds = (f: Partial<GraphFilters>) =>
  filterGraph(d, { ...NO_FILTERS, ...f })
    .edges.map((e) => e.id)
    .sort();

describe('filterGraph', () => {
  it.each<[string, Partial<GraphFilters>, string[]]>([
    [
      'no filter: everything but states',
      {},
      [
        'afripol',
        'budapest-convention',
        'coe',
        'enisa',
        'eu',
        'eu-cybersecurity-act',
        'gge-report-2015',
        'interpol',
        'nato',
        'nato-ccdcoe',
        'un',
        'un-gge',
      ],
    ],
    ['one region', { regions: ['africa'] }, ['afripol']],
    [
      'OR within a facet',
      { regions: ['africa', 'global'] },
      ['afripol', 'budapest-convention', 'gge-report-2015', 'interpol', 'un', 'un-gge'],
    ],
    [
      'AND across facets',
      { regions: ['africa', 'global'], functions: ['cybercrime'] },
      ['afripol', 'budapest-convention', 'interpol'],
    ],
    [
      'type facet',
      { types: ['instrument'] },
      ['budapest-convention', 'eu-cybersecurity-act', 'gge-report-2015'],
    ],
    [
      'states layer on: states follow the bodies under a function filter',
      { states: true, regions: ['europe'], functions: ['defence'] },
      ['EST', 'nato', 'nato-ccdcoe'],
    ],
    [
      'states layer on: a region filter applies to states directly',
      { states: true, regions: ['europe'] },
      [
        'EST',
        'FRA',
        'budapest-convention',
        'coe',
        'enisa',
        'eu',
        'eu-cybersecurity-act',
        'nato',
        'nato-ccdcoe',
      ],
    ],
    [
      'states layer on: under a type filter, states tied to a body of that type',
      { states: true, types: ['instrument', 'state'] },
      ['EST', 'budapest-convention', 'eu-cybersecurity-act', 'gge-report-2015'],
    ],
    [
      'states layer on: the state type under a function shows the states of its bodies',
      { states: true, types: ['state'], functions: ['defence'] },
      ['EST'],
    ],
    [
      'states layer on: the state type alone shows every state',
      { states: true, types: ['state'] },
      ['EST', 'FRA'],
    ],
    ['states type without the layer shows nothing', { types: ['state'] }, []],
  ])('%s', (_, f, expected) => expect(ids(f)).toEqual(expected));

  it('keeps an edge only when both ends show and its type is selected', () => {
    expect(edgeIds({ regions: ['europe'] })).toEqual([
      'budapest-convention--adopted-by--coe',
      'enisa--part-of--eu',
      'eu--cooperates-with--nato',
      'eu-cybersecurity-act--adopted-by--eu',
      'eu-cybersecurity-act--mandates--enisa',
      'nato-ccdcoe--part-of--nato',
    ]);
    expect(edgeIds({ rels: ['cooperates-with'] })).toEqual([
      'afripol--cooperates-with--interpol',
      'eu--cooperates-with--nato',
      'interpol--cooperates-with--eu',
    ]);
  });

  it('hides states and their ties with the layer off, shows them with it on', () => {
    expect(edgeIds({}).some((id) => id.startsWith('EST'))).toBe(false);
    expect(edgeIds({ states: true })).toContain('EST--member-of--nato');
  });
});

describe('facetCounts', () => {
  it('counts what each option would show given the other facets', () => {
    const c = facetCounts(d, { ...NO_FILTERS, functions: ['cybercrime'] });
    expect(c.regions.africa).toBe(1);
    expect(c.regions.europe).toBe(2);
    expect(c.functions.defence).toBe(2);
    expect(c.types.instrument).toBe(1);
    expect(c.types.state).toBe(2);
    expect(c.rels['cooperates-with']).toBe(1);
  });

  it('counts only organizations and instruments for a function, not the states that follow them', () => {
    const c = facetCounts(d, { ...NO_FILTERS, states: true });
    expect(c.functions.defence).toBe(2);
    expect(c.functions.cybercrime).toBe(facetCounts(d, NO_FILTERS).functions.cybercrime);
    // Under a function, only the states tied to its bodies count for a region.
    const defence = facetCounts(d, { ...NO_FILTERS, states: true, functions: ['defence'] });
    expect(defence.regions.europe).toBe(3);
  });
});
