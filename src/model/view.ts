import type { Dataset } from '../domain';
import { filterGraph, type GraphFilters } from './filters';
import type { VisibleGraph } from './graph';
import { neighbourhood } from './neighbourhood';
import { sliceByTime, type TimeRange } from './time';

export interface ViewQuery {
  filters: GraphFilters;
  range: TimeRange;
  /** When set with `hops`, only this node's neighbourhood shows. */
  focus: string | null;
  hops: number | null;
}

/** Everything a view shows, in one pure step: facets, then time, then the focused neighbourhood. */
export function visibleGraph(dataset: Dataset, q: ViewQuery): VisibleGraph {
  const sliced = sliceByTime(filterGraph(dataset, q.filters), q.range);
  return q.focus && q.hops ? neighbourhood(sliced, q.focus, q.hops) : sliced;
}
