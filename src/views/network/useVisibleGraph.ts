import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../domain';
import { visibleGraph } from '../../model';
import { selectViewQuery, useAtlas } from '../../store';

/**
 * The subgraph the current filters, period and focus let through. The timeline asks for it
 * without the period (`timeless`), since it draws the period itself.
 */
export function useVisibleGraph(dataset: Dataset, { timeless = false } = {}) {
  const query = useAtlas(
    useShallow((s) => {
      const q = selectViewQuery(s);
      return { ...q.filters, ...q.range, focus: q.focus, hops: q.hops, undated: q.undated };
    }),
  );
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
    ],
  );
}
