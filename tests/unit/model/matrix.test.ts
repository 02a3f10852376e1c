import { describe, expect, it } from 'vitest';
import { NO_FILTERS, adjacencyMatrix, filterGraph } from '../../../src/model';
import { loadFixture } from '../helpers';

const g = filterGraph(loadFixture(), { ...NO_FILTERS, states: true });

describe('adjacencyMatrix', () => {
  it('has a row per node and a symmetric cell per pair of tied nodes', () => {
    const m = adjacencyMatrix(g, 'region');
    expect(m.nodes).toHaveLength(g.nodes.length);
    const pairs = new Set(
      g.edges
        .filter((e) => e.source !== e.target)
        .map((e) => [e.source, e.target].sort().join('|')),
    );
    expect(m.cells).toHaveLength(pairs.size * 2);
    const at = new Set(m.cells.map((c) => `${c.row},${c.col}`));
    for (const c of m.cells) expect(at.has(`${c.col},${c.row}`)).toBe(true);
  });

  it('keeps each group of rows together, in order', () => {
    for (const order of ['region', 'type'] as const) {
      const m = adjacencyMatrix(g, order);
      const covered = m.groups.reduce((n, gr) => n + gr.end - gr.start + 1, 0);
      expect(covered).toBe(m.nodes.length);
      expect(new Set(m.groups.map((gr) => gr.key)).size).toBe(m.groups.length);
    }
  });

  it('orders by community when the communities are known', () => {
    const community = Object.fromEntries(g.nodes.map((n, i) => [n.id, i % 2]));
    const m = adjacencyMatrix(g, 'community', community);
    const seq = m.nodes.map((n) => community[n.id]);
    expect(seq).toEqual([...seq].sort((a, b) => a - b));
  });
});
