import { endOfDate, startOfDate, type DataEdge, type DataNode } from '../domain';
import type { VisibleGraph } from './graph';

/** Something that began or ended between two dates: a body, or a tie. */
export interface Change {
  kind: 'added' | 'ended';
  date: string;
  node?: DataNode;
  edge?: DataEdge;
}

export interface Changes {
  items: Change[];
  /** Bodies and ties that began in the period: highlighted in the drawing. */
  addedNodes: ReadonlySet<string>;
  addedEdges: ReadonlySet<string>;
}

/**
 * What changed from `from` to `to` in what a view shows: bodies founded or ended and ties begun
 * or ended after `from` and by the end of `to`, oldest first. Undated ones cannot be placed, so
 * they are not counted as changes.
 */
export function changesBetween(graph: VisibleGraph, from: string, to: string): Changes {
  const after = endOfDate(from);
  const until = endOfDate(to);
  const within = (date: string | null | undefined): date is string =>
    !!date && startOfDate(date) > after && startOfDate(date) <= until;
  const items: Change[] = [];
  const addedNodes = new Set<string>();
  const addedEdges = new Set<string>();
  for (const node of graph.nodes) {
    if (node.type === 'state') continue;
    if (within(node.start)) {
      items.push({ kind: 'added', date: node.start, node });
      addedNodes.add(node.id);
    }
    if (within(node.end)) items.push({ kind: 'ended', date: node.end, node });
  }
  for (const edge of graph.edges) {
    if (within(edge.start)) {
      items.push({ kind: 'added', date: edge.start, edge });
      addedEdges.add(edge.id);
      addedNodes.add(edge.source);
      addedNodes.add(edge.target);
    }
    if (within(edge.end)) items.push({ kind: 'ended', date: edge.end, edge });
  }
  items.sort((a, b) => startOfDate(a.date) - startOfDate(b.date) || a.kind.localeCompare(b.kind));
  return { items, addedNodes, addedEdges };
}
