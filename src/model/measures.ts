import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import type { VisibleGraph } from './graph';

/** Measures of each visible node, as plain objects (they cross from a worker). */
export interface NetworkMeasures {
  /** Distinct nodes it is tied to. */
  degree: Record<string, number>;
  /** Ties counted with their number: two ties to one body weigh two. */
  weightedDegree: Record<string, number>;
  /** Normalized betweenness: the share of shortest paths through the node (brokers). */
  betweenness: Record<string, number>;
  /** PageRank on the undirected ties (hubs tied to other hubs). */
  pagerank: Record<string, number>;
  /** Louvain community of each node, numbered from 0 by size (0 the largest). */
  community: Record<string, number>;
  communities: number;
}

export type MeasureName = 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank';

/** A small seeded random source, so the same graph always gets the same communities. */
function seeded(seed = 1): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Degree, weighted degree, betweenness, PageRank and Louvain communities of the visible graph,
 * with graphology's standard implementations. Ties are undirected here (a membership links both
 * ways for brokerage), and parallel ties between two nodes become one edge of that weight.
 */
export function networkMeasures(graph: VisibleGraph): NetworkMeasures {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of graph.nodes) g.addNode(n.id);
  for (const e of graph.edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const existing = g.edge(e.source, e.target);
    if (existing)
      g.updateEdgeAttribute(existing, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else g.addEdge(e.source, e.target, { weight: 1 });
  }
  const degree: Record<string, number> = {};
  const weightedDegree: Record<string, number> = {};
  g.forEachNode((id) => {
    degree[id] = g.degree(id);
    let w = 0;
    g.forEachEdge(id, (_e, attrs) => (w += (attrs.weight as number) ?? 1));
    weightedDegree[id] = w;
  });
  const between = g.size > 0 ? betweenness(g, { normalized: true, getEdgeWeight: null }) : {};
  const rank = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  const raw = g.size > 0 ? louvain(g, { getEdgeWeight: 'weight', rng: seeded() }) : {};
  // Number communities by size, largest first, so colours are stable from one run to the next.
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const renumber = new Map(order.map((c, i) => [c, i]));
  const community: Record<string, number> = {};
  g.forEachNode((id) => {
    community[id] = id in raw ? renumber.get(raw[id])! : -1;
  });
  return {
    degree,
    weightedDegree,
    betweenness: Object.fromEntries(g.nodes().map((id) => [id, between[id] ?? 0])),
    pagerank: Object.fromEntries(g.nodes().map((id) => [id, rank[id] ?? 0])),
    community,
    communities: order.length,
  };
}

/** The `count` nodes ranked highest by a measure, highest first (ties broken by id). */
export function topBy(m: NetworkMeasures, name: MeasureName, count: number): string[] {
  return Object.keys(m[name])
    .sort((a, b) => m[name][b] - m[name][a] || a.localeCompare(b))
    .slice(0, count);
}
