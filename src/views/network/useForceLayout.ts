import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Dataset } from '../../domain';
import {
  createForceLayout,
  type LayoutInput,
  type LayoutOptions,
  type LiveLayout,
} from '../../layout/forceLayout';
import { createWorkerLayout, spawnLayoutWorker } from '../../layout/workerLayout';
import type { VisibleGraph } from '../../model';
import { nodeRadius } from '../../scene/networkScene';

export function layoutInput(dataset: Dataset, graph: VisibleGraph): LayoutInput {
  return {
    nodes: graph.nodes.map((n) => {
      const degree = dataset.degree.get(n.id) ?? 0;
      return { id: n.id, degree, radius: nodeRadius(n.type, degree) };
    }),
    links: graph.edges.map((e) => ({
      source: e.source,
      target: e.target,
      strength:
        e.type === 'member-of' || e.type === 'party-to' || e.type === 'signatory-of' ? 0.5 : 1,
    })),
  };
}

const LAYOUT_OPTIONS: LayoutOptions = { seed: 7 };
/** Ticks before the first picture: enough to untangle a small graph, cheap for a large one. */
const warmupTicks = (nodeCount: number) => (nodeCount > 3000 ? 0 : nodeCount > 1000 ? 20 : 25);

/**
 * Up to this many nodes the layout runs on the page: a tick costs well under a millisecond, and
 * handing the graph to a worker made the bundled dataset's first picture later (median of 7
 * loads: 703 ms with the worker, 523 ms without). Larger graphs go to the worker.
 */
const PAGE_LAYOUT_LIMIT = 600;

/** In a worker for large graphs; on the page for small ones and where there are no workers. */
function createLayout(input: LayoutInput): LiveLayout {
  const options = { ...LAYOUT_OPTIONS, warmupTicks: warmupTicks(input.nodes.length) };
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
    const created = createLayout(input);
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

  const positions = useSyncExternalStore(layout.subscribe, layout.positions);
  return { layout, positions };
}
