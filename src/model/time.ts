import { endOfDate, startOfDate, type DataEdge, type DataNode } from '../domain';
import { edgesWithin, type VisibleGraph } from './graph';

/** A period; either end may be open. Dates are partial ISO dates ("2004", "2004-07", "2004-07-01"). */
export interface TimeRange {
  from: string | null;
  to: string | null;
}

const beganBy = (start: string | null | undefined, to: string | null) =>
  to === null || !start || startOfDate(start) <= endOfDate(to);

const notEndedBefore = (end: string | null | undefined, from: string | null) =>
  from === null || !end || endOfDate(end) >= startOfDate(from);

/**
 * A node stands in the period when it began on or before `to` and had not ended before `from`.
 * A partial date counts from its first day; `to` runs to the end of its period. States are timeless.
 */
export function nodeInRange(node: DataNode, range: TimeRange): boolean {
  if (node.type === 'state') return true;
  return beganBy(node.start, range.to) && notEndedBefore(node.end, range.from);
}

export function edgeInRange(edge: DataEdge, range: TimeRange): boolean {
  return beganBy(edge.start, range.to) && notEndedBefore(edge.end, range.from);
}

/** The network as it stood in the period: nodes in range, and edges in range between them. */
export function sliceByTime(graph: VisibleGraph, range: TimeRange): VisibleGraph {
  if (range.from === null && range.to === null) return graph;
  const nodes = graph.nodes.filter((n) => nodeInRange(n, range));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edgesWithin(graph.edges, ids).filter((e) => edgeInRange(e, range)) };
}
