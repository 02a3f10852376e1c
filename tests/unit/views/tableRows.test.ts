import { describe, expect, it } from 'vitest';
import { buildTableRows, sortRows } from '../../../src/views/table/rows';
import { filterGraph, NO_FILTERS } from '../../../src/model';
import { loadFixture } from '../helpers';

const d = loadFixture();
const graph = filterGraph(d, { ...NO_FILTERS, states: true });

describe('table rows', () => {
  it('has a row per visible node, with its ties in the visible graph', () => {
    const rows = buildTableRows(d, graph, 'nodes');
    expect(rows.map((r) => r.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const est = rows.find((r) => r.id === 'EST')!;
    expect(est.ties).toBe(
      graph.edges.filter((e) => e.source === 'EST' || e.target === 'EST').length,
    );
  });

  it('has a row per visible tie, named by both ends', () => {
    const rows = buildTableRows(d, graph, 'ties');
    expect(rows).toHaveLength(graph.edges.length);
    expect(rows.find((r) => r.edge!.source === 'enisa')!.targetName).toBe('EU — European Union');
  });

  it('sorts by name, by date with unknown dates last either way, and by number', () => {
    const rows = buildTableRows(d, graph, 'nodes');
    const names = sortRows(rows, 'name', false).map((r) => r.keys.name);
    expect(names).toEqual([...names].sort((a, b) => String(a).localeCompare(String(b))));
    const byStart = sortRows(rows, 'start', false);
    const byStartDown = sortRows(rows, 'start', true);
    expect(byStart[0].keys.start).toBe('1923'); // INTERPOL, the earliest
    expect(byStart.at(-1)!.keys.start).toBe(''); // states have no start
    expect(byStartDown.at(-1)!.keys.start).toBe('');
    const byTies = sortRows(rows, 'ties', true).map((r) => r.ties);
    expect(byTies).toEqual([...byTies].sort((a, b) => b - a));
  });
});
