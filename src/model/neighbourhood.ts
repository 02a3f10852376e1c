import type { VisibleGraph } from './graph';
import { edgesWithin } from './graph';

/** Adjacency lists of a graph, ignoring direction. */
export function adjacency(graph: VisibleGraph): Map<string, string[]> {
  const adj = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  return adj;
}

/** Hop distance from `centre` to each node reachable within `hops`. */
export function distancesFrom(
  graph: VisibleGraph,
  centre: string,
  hops: number,
): Map<string, number> {
  const adj = adjacency(graph);
  const dist = new Map<string, number>();
  if (!adj.has(centre)) return dist;
  dist.set(centre, 0);
  let frontier = [centre];
  for (let d = 1; d <= hops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const nb of adj.get(id)!) {
        if (!dist.has(nb)) {
          dist.set(nb, d);
          next.push(nb);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/** Only a node and its neighbours up to `hops` away, with the edges among them. */
export function neighbourhood(graph: VisibleGraph, centre: string, hops: number): VisibleGraph {
  const dist = distancesFrom(graph, centre, hops);
  if (dist.size === 0) return graph;
  const nodes = graph.nodes.filter((n) => dist.has(n.id));
  return { nodes, edges: edgesWithin(graph.edges, new Set(dist.keys())) };
}
