import type { Dataset } from '../domain';
import type { Point, Transform } from '../geometry';
import { timelineExtent } from '../layout/timeline';
import {
  restrictVia,
  shortestPaths,
  visibleGraph,
  type TimelineGrouping,
  type TimeRange,
  type VisibleGraph,
} from '../model';
import type { SceneOptions } from '../scene/networkScene';
import { selectLook, selectRange, selectViewQuery, type AtlasState } from '../store';

/**
 * What an export draws, taken from the dataset, and the store's state (with the layout's positions)
 * alone: the same inputs the views draw from, so an export shows what is on screen without
 * the views handing anything over.
 */

export interface NetworkExportInput {
  dataset: Dataset;
  graph: VisibleGraph;
  positions: ReadonlyMap<string, Point>;
  sceneOptions: SceneOptions;
  transform: Transform;
  width: number;
  height: number;
}

export interface TimelineExportInput {
  dataset: Dataset;
  /** The filtered graph before the time slice: the timeline draws the period itself. */
  graph: VisibleGraph;
  groupBy: TimelineGrouping;
  extent: [Date, Date];
  /** The period across the plot: the zoom. */
  domain: [Date, Date];
  now: Date;
  range: TimeRange;
  selectedId: string | null;
  width: number;
  height: number;
  scrollTop: number;
}

/** The network as the view shows it, or null before the view has been shown. */
export function networkExportInput(dataset: Dataset, state: AtlasState): NetworkExportInput | null {
  const viewport = state.viewports.network;
  if (!viewport) return null;
  const graph = visibleGraph(dataset, selectViewQuery(state));
  const paths = state.path
    ? shortestPaths(restrictVia(graph, state.via, state.path), state.path[0], state.path[1])
    : [];
  return {
    dataset,
    graph,
    positions: viewport.positions(),
    transform: viewport.transform,
    width: viewport.width,
    height: viewport.height,
    sceneOptions: {
      hovered: null,
      selected: state.focus,
      pathNodes: new Set(paths.flatMap((p) => p.nodes)),
      pathEdges: new Set(paths.flatMap((p) => p.edges.map((e) => e.id))),
      zoomK: viewport.transform.k,
      labels: 'important',
      look: selectLook(state),
    },
  };
}

/** The timeline as the view shows it, or null before the view has been shown. */
export function timelineExportInput(
  dataset: Dataset,
  state: AtlasState,
  now: Date = new Date(),
): TimelineExportInput | null {
  const viewport = state.viewports.timeline;
  if (!viewport) return null;
  const query = selectViewQuery(state);
  return {
    dataset,
    graph: visibleGraph(dataset, { ...query, range: { from: null, to: null } }),
    groupBy: state.timelineGroupBy,
    extent: timelineExtent(dataset.nodes, now),
    domain: [new Date(viewport.domain[0]), new Date(viewport.domain[1])],
    now,
    range: selectRange(state),
    selectedId: state.focus,
    width: viewport.width,
    height: viewport.height,
    scrollTop: viewport.scrollTop,
  };
}
