import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../domain';
import type { SearchHit, SearchIndex } from '../model/search';

type SearchModule = typeof import('../model/search');

/**
 * Search hits for `query`. The search code (fuzzy matching and the table of look-alike letters)
 * is loaded and indexed after the first picture, when the page is idle, so it does not weigh on
 * the first load; until then there are no hits and `ready` is false.
 */
export function useSearch(dataset: Dataset, query: string, limit = 10) {
  const [loaded, setLoaded] = useState<{
    dataset: Dataset;
    index: SearchIndex;
    search: SearchModule['search'];
  } | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      import('../model/search').then((m) => {
        if (!cancelled)
          setLoaded({ dataset, index: m.buildSearchIndex(dataset.nodes), search: m.search });
      });
    // A search typed in the address is wanted at once; otherwise wait for a quiet moment.
    if (query || typeof requestIdleCallback === 'undefined') void load();
    else requestIdleCallback(() => void load(), { timeout: 1500 });
    return () => {
      cancelled = true;
    };
    // The query only decides how soon to load, not whether to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset]);

  const current = loaded?.dataset === dataset ? loaded : null;
  const hits: SearchHit[] = useMemo(
    () => (current ? current.search(current.index, query, limit) : []),
    [current, query, limit],
  );
  return { hits, ready: current !== null };
}
