import type { Dataset } from '../../domain';
import type { TimelineGroupBy } from '../../layout/timeline';
import type { TimeRange, VisibleGraph } from '../../model';

/** What the timeline view last drew, so export can lay out and draw the same timeline. */
export interface TimelineSnapshot {
  dataset: Dataset;
  /** The filtered graph before the time slice: the timeline draws the period itself. */
  graph: VisibleGraph;
  groupBy: TimelineGroupBy;
  extent: [Date, Date];
  /** The period on screen: the zoom. */
  domain: [Date, Date];
  now: Date;
  range: TimeRange;
  selectedId: string | null;
  /** The drawing area on screen, and how far its lanes are scrolled. */
  width: number;
  height: number;
  scrollTop: number;
}

let latest: TimelineSnapshot | null = null;

export function registerTimelineSnapshot(snapshot: TimelineSnapshot) {
  latest = snapshot;
}

export const latestTimelineSnapshot = (): TimelineSnapshot | null => latest;
