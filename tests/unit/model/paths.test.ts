import { describe, expect, it } from 'vitest';
import {
  distancesFrom,
  filterGraph,
  neighbourhood,
  NO_FILTERS,
  restrictVia,
  shortestPaths,
} from '../../../src/model';
import { loadFixture } from '../helpers';

const d = loadFixture();
const g = filterGraph(d, NO_FILTERS);

describe('neighbourhood', () => {
  it('keeps a node and its neighbours up to n hops', () => {
    expect(
      neighbourhood(g, 'enisa', 1)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['enisa', 'eu', 'eu-cybersecurity-act']);
    expect(
      neighbourhood(g, 'enisa', 2)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['enisa', 'eu', 'eu-cybersecurity-act', 'interpol', 'nato']);
    expect(distancesFrom(g, 'enisa', 3).get('nato-ccdcoe')).toBe(3);
  });
  it('leaves the graph whole when the centre is not in it', () => {
    expect(neighbourhood(g, 'nowhere', 1)).toBe(g);
  });
});

describe('shortestPaths', () => {
  it('finds the chain of ties between two nodes, ignoring direction', () => {
    const paths = shortestPaths(g, 'enisa', 'afripol');
    expect(paths).toHaveLength(1);
    expect(paths[0].nodes).toEqual(['enisa', 'eu', 'interpol', 'afripol']);
    expect(paths[0].edges.map((e) => e.type)).toEqual([
      'part-of',
      'cooperates-with',
      'cooperates-with',
    ]);
  });
  it('returns every shortest path', () => {
    const extra = {
      ...g,
      edges: [
        ...g.edges,
        {
          ...g.edges[0],
          id: 'x',
          source: 'enisa',
          target: 'nato',
          type: 'cooperates-with' as const,
        },
      ],
    };
    expect(
      shortestPaths(extra, 'eu-cybersecurity-act', 'nato')
        .map((p) => p.nodes.join('>'))
        .sort(),
    ).toEqual(['eu-cybersecurity-act>enisa>nato', 'eu-cybersecurity-act>eu>nato']);
  });
  it('returns nothing when the two are not connected', () => {
    expect(shortestPaths(g, 'coe', 'un')).toEqual([]);
  });
});

describe('paths through one kind of node', () => {
  it('passes only through instruments (or organizations) between its two ends', () => {
    const g = filterGraph(loadFixture(), NO_FILTERS);
    for (const via of ['instrument', 'organization'] as const) {
      const restricted = restrictVia(g, via, ['interpol', 'eu-cybersecurity-act']);
      for (const p of shortestPaths(restricted, 'interpol', 'eu-cybersecurity-act'))
        for (const id of p.nodes.slice(1, -1))
          expect(restricted.nodes.find((n) => n.id === id)!.type).toBe(via);
    }
    expect(restrictVia(g, 'any', [])).toBe(g);
  });
});
