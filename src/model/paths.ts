import type { DataEdge } from '../domain';
import type { VisibleGraph } from './graph';

/** A path as the chain of edges walked from the first node to the last. */
export interface GraphPath {
  nodes: string[];
  edges: DataEdge[];
}

/**
 * All shortest paths between two nodes, ignoring edge direction (breadth-first search that
 * records every predecessor on a shortest route). Capped so a dense graph cannot explode.
 */
export function shortestPaths(
  graph: VisibleGraph,
  from: string,
  to: string,
  limit = 12,
): GraphPath[] {
  const incident = new Map<string, DataEdge[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    incident.get(e.source)?.push(e);
    incident.get(e.target)?.push(e);
  }
  if (!incident.has(from) || !incident.has(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, { node: string; edge: DataEdge }[]>();
  let frontier = [from];
  while (frontier.length > 0 && !dist.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of incident.get(id)!) {
        const other = e.source === id ? e.target : e.source;
        const d = dist.get(id)! + 1;
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
        if (dist.get(other) === d) {
          const list = preds.get(other) ?? [];
          list.push({ node: id, edge: e });
          preds.set(other, list);
        }
      }
    }
    frontier = next;
  }
  if (!dist.has(to)) return [];
  const paths: GraphPath[] = [];
  const walk = (id: string, nodes: string[], edges: DataEdge[]) => {
    if (paths.length >= limit) return;
    if (id === from) {
      paths.push({ nodes: [from, ...nodes], edges: [...edges] });
      return;
    }
    for (const p of preds.get(id) ?? []) walk(p.node, [id, ...nodes], [p.edge, ...edges]);
  };
  walk(to, [], []);
  return paths;
}

/** Which nodes a path may pass through on its way (its two ends may be anything). */
export type PathVia = 'any' | 'instrument' | 'organization';
export const PATH_VIAS: readonly PathVia[] = ['any', 'instrument', 'organization'];

/** The graph a path "via instruments only" (or organizations only) may use. */
export function restrictVia(
  graph: VisibleGraph,
  via: PathVia,
  ends: readonly string[],
): VisibleGraph {
  if (via === 'any') return graph;
  const nodes = graph.nodes.filter((n) => n.type === via || ends.includes(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
