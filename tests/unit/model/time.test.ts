import { describe, expect, it } from 'vitest';
import {
  filterGraph,
  NO_FILTERS,
  nodeInRange,
  edgeInRange,
  isDateUnknown,
  sliceByTime,
  typeAsOf,
  treatiesInForce,
  undatedCount,
  visibleGraph,
} from '../../../src/model';
import { buildDataset, type DataEdge, type DataNode } from '../../../src/domain';
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

  it('keeps edges that began by `to` and had not ended before `from`; undated ones only as date unknown', () => {
    const edge = (id: string) => d.edgeById.get(id)!;
    expect(edgeInRange(edge('eu--cooperates-with--nato'), { from: null, to: '2015' })).toBe(false);
    expect(edgeInRange(edge('eu--cooperates-with--nato'), { from: null, to: '2016' })).toBe(true);
    expect(edgeInRange(edge('enisa--part-of--eu'), { from: '1990', to: '1991' })).toBe(true);
    expect(isDateUnknown(edge('enisa--part-of--eu'), { from: '1990', to: '1991' })).toBe(true);
    expect(isDateUnknown(edge('enisa--part-of--eu'), { from: null, to: null })).toBe(false);
    expect(isDateUnknown(edge('eu--cooperates-with--nato'), { from: null, to: '2020' })).toBe(
      false,
    );
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

describe('the time rule for staged ties', () => {
  const treaty = (inForce?: string): DataNode => ({
    id: 't',
    type: 'instrument',
    kind: 'treaty',
    name: 'T',
    regions: [],
    functions: [],
    start: '2001-11-23',
    ...(inForce ? { inForce } : {}),
    sources: [{ title: 's', url: 'https://example.org' }],
  });
  const tie = (stages: DataEdge['stages'], start?: string): DataEdge => ({
    id: 'X--party-to--t',
    source: 'X',
    target: 't',
    type: 'party-to',
    stages,
    ...(start ? { start } : {}),
    sources: [{ title: 's', url: 'https://example.org' }],
  });

  const staged = tie(
    [
      { stage: 'signature', date: '2001-11-23' },
      { stage: 'ratification', date: '2005-04-07' },
      { stage: 'in-force', date: '2005-08-01' },
    ],
    '2001-11-23',
  );
  it.each<[string | null, string]>([
    ['2001-11-23', 'signatory-of'], // signed that day
    ['2005-04-07', 'signatory-of'], // ratified, not yet in force for it
    ['2005-07-31', 'signatory-of'],
    ['2005-08-01', 'party-to'], // in force for it
    ['2005', 'party-to'], // "2005" runs to its end
    [null, 'party-to'], // as of the data's date
  ])('as of %s a ratifying signatory is %s', (asOf, type) =>
    expect(typeAsOf(staged, asOf, '2004-07-01')).toBe(type),
  );

  it('without a date of entry into force for the state, a party counts from its consent once the treaty is in force', () => {
    const acceded = tie([{ stage: 'accession', date: '2010-03-01' }], '2010-03-01');
    expect(typeAsOf(acceded, '2010-03-01', '2004-07-01')).toBe('party-to');
    expect(typeAsOf(acceded, '2003', '2004-07-01')).toBe('signatory-of');
    // A treaty not yet in force binds no one: its ratifiers are drawn as not yet bound.
    expect(typeAsOf(acceded, null, undefined)).toBe('signatory-of');
    expect(typeAsOf(acceded, '2011', '2012-01-01')).toBe('signatory-of');
  });

  it("takes a treaty's entry into force from its record, or else from the earliest one for a state", () => {
    const bound = tie(
      [{ stage: 'consent' }, { stage: 'in-force', date: '2011-06-02' }],
      '2011-06-02',
    );
    const other = { ...tie([{ stage: 'consent' }]), id: 'Y', source: 'Y' };
    const withDate = treatiesInForce({ nodes: [treaty('2004-07-01')], edges: [bound] });
    expect(withDate.get('t')).toBe('2004-07-01');
    const fromCharts = treatiesInForce({ nodes: [treaty()], edges: [other, bound] });
    expect(fromCharts.get('t')).toBe('2011-06-02');
    expect(typeAsOf(other, null, fromCharts.get('t'))).toBe('party-to');
    expect(treatiesInForce({ nodes: [treaty()], edges: [other] }).get('t')).toBeUndefined();
  });

  it('never draws an undated tie as if it had always existed: it is marked, counted, or hidden', () => {
    const states: DataNode = {
      ...treaty(),
      id: 'X',
      type: 'state',
      kind: 'state',
      start: undefined,
    };
    const dataset = buildDataset({
      meta: { title: 't' },
      nodes: [treaty('2004-07-01'), states],
      edges: [
        tie([{ stage: 'consent' }]),
        { ...tie([{ stage: 'signature', date: '2008' }], '2008'), id: 'Y', type: 'signatory-of' },
      ],
    });
    const query = (to: string | null, undated?: 'show' | 'hide') =>
      visibleGraph(dataset, {
        filters: { ...NO_FILTERS, states: true },
        range: { from: null, to },
        focus: null,
        hops: null,
        undated,
      });
    const in2005 = query('2005');
    expect(in2005.edges.map((e) => [e.id, Boolean(e.dateUnknown)])).toEqual([
      ['X--party-to--t', true],
    ]);
    expect(undatedCount(in2005)).toBe(1);
    expect(query('2005', 'hide').edges).toEqual([]);
    expect(query('2009', 'hide').edges.map((e) => e.id)).toEqual(['Y']);
    // Without a period nothing is "date unknown": the network shows the present.
    expect(undatedCount(query(null))).toBe(0);
  });

  it('a withdrawal ends the tie: not shown in a period after it', () => {
    const left = tie(
      [
        { stage: 'ratification', date: '2005' },
        { stage: 'withdrawal', date: '2012-06-30' },
      ],
      '2005',
    );
    const withEnd = { ...left, end: '2012-06-30' };
    expect(edgeInRange(withEnd, { from: '2013', to: '2014' })).toBe(false);
    expect(edgeInRange(withEnd, { from: '2012', to: '2014' })).toBe(true);
  });

  it('re-applies the relationship filter to the status as of the period', () => {
    const dataset = buildDataset({
      meta: { title: 't' },
      nodes: [treaty('2004-07-01'), { ...treaty(), id: 'X', type: 'state', kind: 'state' }],
      edges: [staged],
    });
    const parties = (to: string) =>
      visibleGraph(dataset, {
        filters: { ...NO_FILTERS, states: true, rels: ['party-to'] },
        range: { from: null, to },
        focus: null,
        hops: null,
      }).edges.length;
    expect(parties('2004')).toBe(0);
    expect(parties('2006')).toBe(1);
  });
});
