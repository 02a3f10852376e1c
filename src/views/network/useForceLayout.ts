import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Dataset } from '../../domain';
import { createForceLayout, type ForceLayout, type LayoutInput } from '../../layout/forceLayout';
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

/**
 * Owns the force layout for a view: created once per dataset, updated (positions kept) when the
 * visible graph changes. React reads positions through useSyncExternalStore; d3's timer drives
 * ticks on animation frames, so there is at most one render per frame.
 */
export function useForceLayout(dataset: Dataset, graph: VisibleGraph, onSettled: () => void) {
  const layoutRef = useRef<ForceLayout | null>(null);
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;
  const input = useMemo(() => layoutInput(dataset, graph), [dataset, graph]);

  const layout = useMemo(() => {
    layoutRef.current?.destroy();
    const created = createForceLayout(input, { seed: 7, warmupTicks: 140 });
    layoutRef.current = created;
    return created;
    // A new dataset means a new layout; later graph changes go through update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset]);

  const firstInput = useRef(input);
  useEffect(() => {
    if (firstInput.current === input) return;
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
