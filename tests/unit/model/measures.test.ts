import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filterGraph } from '../../../src/model';
import { networkMeasures, topBy } from '../../../src/model/measures';
import type { DataNode } from '../../../src/domain';
import { loadFixture } from '../helpers';

const node = (id: string): DataNode =>
  ({
    id,
    type: 'organization',
    kind: 'intergovernmental',
    name: id,
    regions: [],
    functions: [],
    sources: [],
  }) as unknown as DataNode;
const edge = (source: string, target: string, n = 0) =>
  ({
    id: `${source}-${target}-${n}`,
    source,
    target,
    type: 'cooperates-with',
    sources: [],
  }) as never;

describe('networkMeasures', () => {
  // Two triangles joined through one broker, b.
  const graph = {
    nodes: ['a1', 'a2', 'a3', 'b', 'c1', 'c2', 'c3'].map(node),
    edges: [
      edge('a1', 'a2'),
      edge('a2', 'a3'),
      edge('a3', 'a1'),
      edge('c1', 'c2'),
      edge('c2', 'c3'),
      edge('c3', 'c1'),
      edge('a1', 'b'),
      edge('b', 'c1'),
      edge('b', 'c1', 1),
    ],
  };
  const m = networkMeasures(graph);

  it('counts distinct neighbours as degree and parallel ties in the weighted degree', () => {
    expect(m.degree.b).toBe(2);
    expect(m.weightedDegree.b).toBe(3);
    expect(m.degree.a2).toBe(2);
  });

  it('finds the broker by betweenness and splits the two groups into communities', () => {
    expect(topBy(m, 'betweenness', 1)).toEqual(['b']);
    expect(m.community.a1).toBe(m.community.a2);
    expect(m.community.c1).toBe(m.community.c3);
    expect(m.community.a2).not.toBe(m.community.c2);
    expect(m.communities).toBeGreaterThanOrEqual(2);
  });

  it('gives PageRank scores that sum to 1, and the same communities every run', () => {
    const sum = Object.values(m.pagerank).reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(1, 5);
    expect(networkMeasures(graph).community).toEqual(m.community);
  });

  it('measures the bundled fixture graph without error, one value per node', () => {
    const g = filterGraph(loadFixture(), { ...NO_FILTERS, states: true });
    const fixture = networkMeasures(g);
    expect(Object.keys(fixture.pagerank).sort()).toEqual(g.nodes.map((n) => n.id).sort());
  });
});
