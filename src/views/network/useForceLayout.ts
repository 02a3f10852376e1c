import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Dataset } from '../../domain';
import {
  createForceLayout,
  type LayoutInput,
  type LayoutOptions,
  type LiveLayout,
  type Positions,
} from '../../layout/forceLayout';
import { createWorkerLayout, spawnLayoutWorker } from '../../layout/workerLayout';
import type { VisibleGraph } from '../../model';
import { layoutInput } from '../../scene/layoutInput';
import { LAYOUT_SEED, seedFor } from '../../layout/seed';
import { prefersReducedMotion } from '../../platform/motion';

export { layoutInput };
/**
 * On the page, each emitted frame of positions costs a redraw (for the bundled network about
 * 30 ms of SVG updates and paint) whatever the ticks behind it cost (about 1 ms each), so more
 * ticks per frame settle a changed graph in a third of the frames and of the busy time
 * (measured: 3 s of 750 ms/s busy with 6 ms of ticks per frame).
 */
const LAYOUT_OPTIONS: LayoutOptions = { seed: LAYOUT_SEED, frameBudgetMs: 14 };
/** Ticks before the first picture: enough to untangle a small graph, cheap for a large one. */
const warmupTicks = (nodeCount: number) => (nodeCount > 3000 ? 0 : nodeCount > 1000 ? 20 : 25);

/**
 * Up to this many nodes the layout runs on the page: a tick costs well under a millisecond, and
 * handing the graph to a worker made the bundled dataset's first picture later (median of 7
 * loads: 703 ms with the worker, 523 ms without). Larger graphs go to the worker.
 */
const PAGE_LAYOUT_LIMIT = 600;

/** In a worker for large graphs; on the page for small ones and where there are no workers. */
function createLayout(input: LayoutInput, initial?: Positions): LiveLayout {
  // A stored seed of exactly this graph starts it at rest. Another graph (filters in the
  // address) starts from the seed's places and settles from there: a part of a layout at rest
  // is not at rest by itself.
  const exact =
    initial !== undefined &&
    initial.size === input.nodes.length &&
    input.nodes.every((n) => initial.has(n.id));
  const options = {
    ...LAYOUT_OPTIONS,
    warmupTicks: exact ? 0 : warmupTicks(input.nodes.length),
    initial,
    atRest: exact,
  };
  if (typeof Worker === 'undefined' || input.nodes.length <= PAGE_LAYOUT_LIMIT)
    return createForceLayout(input, options);
  return createWorkerLayout(input, options, spawnLayoutWorker());
}

/** Whether two inputs hold the same nodes and links: selecting a node must not stir the layout. */
export function sameLayoutInput(a: LayoutInput, b: LayoutInput): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
  return (
    a.nodes.every((n, i) => n.id === b.nodes[i].id && n.radius === b.nodes[i].radius) &&
    a.links.every((l, i) => l.source === b.links[i].source && l.target === b.links[i].target)
  );
}

/**
 * Owns the force layout for a view: created once per dataset, updated (positions kept) when the
 * visible graph changes. The simulation runs in a worker; React reads the positions it posts
 * through useSyncExternalStore, at most once per animation frame.
 */
export function useForceLayout(dataset: Dataset, graph: VisibleGraph, onSettled: () => void) {
  const layoutRef = useRef<LiveLayout | null>(null);
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;
  const input = useMemo(() => layoutInput(dataset, graph), [dataset, graph]);

  const layout = useMemo(() => {
    layoutRef.current?.destroy();
    const created = createLayout(input, seedFor(dataset));
    layoutRef.current = created;
    return created;
    // A new dataset means a new layout; later graph changes go through update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset]);

  // The worker (if any) goes with the view.
  useEffect(() => () => layoutRef.current?.destroy(), []);

  const firstInput = useRef(input);
  useEffect(() => {
    if (sameLayoutInput(firstInput.current, input)) return;
    firstInput.current = input;
    layout.update(input);
    layout.reheat(0.35);
  }, [layout, input]);

  useEffect(() => {
    let wasSettled = layout.isSettled();
    const unsubscribe = layout.subscribe(() => {
      const settled = layout.isSettled();
      if (settled && !wasSettled) settledRef.current();
      wasSettled = settled;
    });
    layout.start();
    if (layout.isSettled()) settledRef.current();
    return () => {
      unsubscribe();
      layout.stop();
    };
  }, [layout]);

  // With less motion asked for, the drawing takes the layout's positions only when it comes to
  // rest (or a node is dragged): no animated settling.
  const subscribe = useMemo(
    () =>
      prefersReducedMotion()
        ? (listener: () => void) =>
            layout.subscribe(() => {
              if (layout.isSettled()) listener();
            })
        : layout.subscribe,
    [layout],
  );
  const positions = useSyncExternalStore(subscribe, layout.positions);
  return { layout, positions };
}
