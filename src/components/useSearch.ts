import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../domain';
import type { SearchHit, SearchIndex } from '../model/search';

type SearchModule = typeof import('../model/search');

/** How long after the page opens the search index is built anyway, if nobody asked for it. */
const IDLE_DELAY_MS = 4000;

/**
 * Search hits for `query`. The search code (fuzzy matching and the table of look-alike letters)
 * is loaded and indexed when `wanted` (the user reaches for the search box or a search is in
 * the address), or in idle time a few seconds after opening: building the index of a large
 * dataset must not hold up its first picture. Until then there are no hits and `ready` is false.
 */
export function useSearch(dataset: Dataset, query: string, wanted: boolean, limit = 10) {
  const [loaded, setLoaded] = useState<{
    dataset: Dataset;
    index: SearchIndex;
    search: SearchModule['search'];
  } | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      import('../model/search').then(async (m) => {
        const index = await m.buildSearchIndexInSlices(dataset.nodes);
        if (!cancelled) setLoaded({ dataset, index, search: m.search });
      });
    if (loaded?.dataset === dataset) return;
    if (wanted || query || typeof requestIdleCallback === 'undefined') {
      void load();
      return () => {
        cancelled = true;
      };
    }
    const timer = setTimeout(() => requestIdleCallback(() => void load()), IDLE_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // The query only matters until the index is there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, wanted, loaded]);

  const current = loaded?.dataset === dataset ? loaded : null;
  const hits: SearchHit[] = useMemo(
    () => (current ? current.search(current.index, query, limit) : []),
    [current, query, limit],
  );
  return { hits, ready: current !== null };
}
