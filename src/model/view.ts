import type { Dataset } from '../domain';
import { filterGraph, type GraphFilters } from './filters';
import { withNode, type VisibleGraph } from './graph';
import { neighbourhood } from './neighbourhood';
import { sliceByTime, treatiesInForce, type TimeRange, type UndatedTies } from './time';

export interface ViewQuery {
  filters: GraphFilters;
  range: TimeRange;
  /** When set with `hops`, only this node's neighbourhood shows. */
  focus: string | null;
  hops: number | null;
  /** Ties of unknown date, with a period set: drawn in their own style, or hidden. */
  undated?: UndatedTies;
  /** A node shown whatever the filters (a state chosen while the states layer is off). */
  pinned?: string | null;
}

/** The node a view shows whatever the filters: a chosen state, when states are hidden. */
export const pinnedNode = (dataset: Dataset, focus: string | null, states: boolean) =>
  !states && focus !== null && dataset.nodeById.get(focus)?.type === 'state' ? focus : null;

/** Everything a view shows, in one pure step: facets, then time, then the focused neighbourhood. */
export function visibleGraph(dataset: Dataset, q: ViewQuery): VisibleGraph {
  let filtered = filterGraph(dataset, q.filters);
  if (q.pinned) filtered = withNode(dataset, filtered, q.pinned, q.filters.rels);
  let sliced = sliceByTime(filtered, q.range, {
    treatiesInForce: treatiesInForce(dataset),
    undated: q.undated,
  });
  // A tie's type can change with time (a party is a signatory before the treaty binds it), so the
  // relationship filter applies again to the type as of the period.
  const rels = q.filters.rels;
  if (rels.length > 0 && sliced.edges.some((e) => !rels.includes(e.type))) {
    sliced = { nodes: sliced.nodes, edges: sliced.edges.filter((e) => rels.includes(e.type)) };
  }
  return q.focus && q.hops ? neighbourhood(sliced, q.focus, q.hops) : sliced;
}

/** How the timeline sorts its marks into lanes. */
export type TimelineGrouping = 'type' | 'region' | 'function';
