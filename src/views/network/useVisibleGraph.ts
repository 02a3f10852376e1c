import { useMemo } from 'react';
import { useAfterPaint } from '../../platform/useAfterPaint';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../domain';
import { pinnedNode, visibleGraph } from '../../model';
import { selectViewQuery, useAtlas } from '../../store';

/**
 * The subgraph the current filters, period and focus let through, once the controls that
 * changed them have been painted. The timeline asks for it without the period (`timeless`),
 * since it draws the period itself.
 */
export function useVisibleGraph(dataset: Dataset, { timeless = false } = {}) {
  const current = useAtlas(
    useShallow((s) => {
      const q = selectViewQuery(s);
      // The focus narrows the graph only with a neighbourhood size: selecting a node must not
      // make a new graph (and redraw the network).
      const focus = q.hops ? q.focus : null;
      const pinned = pinnedNode(dataset, q.focus, q.filters.states);
      return { ...q.filters, ...q.range, focus, hops: q.hops, undated: q.undated, pinned };
    }),
  );
  // A filter's checkbox answers at once; the new graph (and its drawing) follows after that
  // paint, so a click never waits for the network to be redrawn.
  const query = useAfterPaint(current);
  return useMemo(
    () =>
      visibleGraph(dataset, {
        filters: {
          regions: query.regions,
          functions: query.functions,
          types: query.types,
          rels: query.rels,
          states: query.states,
        },
        range: timeless ? { from: null, to: null } : { from: query.from, to: query.to },
        focus: query.focus,
        hops: query.hops,
        undated: query.undated,
        pinned: query.pinned,
      }),
    [
      dataset,
      timeless,
      query.regions,
      query.functions,
      query.types,
      query.rels,
      query.states,
      query.from,
      query.to,
      query.focus,
      query.hops,
      query.undated,
      query.pinned,
    ],
  );
}
