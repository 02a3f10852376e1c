import Fuse from 'fuse.js';
import type { DataNode } from '../domain';
import { foldForSearch } from './normalize';

interface SearchDoc {
  id: string;
  name: string;
  shortName: string;
  aliases: string[];
  docRef: string;
}

export interface SearchIndex {
  readonly fuse: Fuse<SearchDoc>;
  readonly exact: ReadonlyMap<string, string>;
}

export interface SearchHit {
  id: string;
  score: number;
}

/** Build once per dataset: matching runs on folded text. */
export function buildSearchIndex(nodes: readonly DataNode[]): SearchIndex {
  const docs = nodes.map((n) => ({
    id: n.id,
    name: foldForSearch(n.name),
    shortName: foldForSearch(n.shortName ?? ''),
    aliases: (n.aliases ?? []).map(foldForSearch),
    docRef: foldForSearch(n.docRef ?? ''),
  }));
  const exact = new Map<string, string>();
  for (const d of docs) {
    for (const key of [d.id.toLowerCase(), d.shortName, d.docRef, d.name, ...d.aliases]) {
      if (key && !exact.has(key)) exact.set(key, d.id);
    }
  }
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'shortName', weight: 3 },
      { name: 'name', weight: 2 },
      { name: 'aliases', weight: 2 },
      { name: 'docRef', weight: 2 },
      { name: 'id', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
  return { fuse, exact };
}

/** Best matches first; an exact short name, id or document number always comes first. */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = foldForSearch(query);
  if (q.length === 0) return [];
  const hits = index.fuse
    .search(q, { limit: limit + 1 })
    .map((r) => ({ id: r.item.id, score: r.score ?? 1 }));
  const exactId = index.exact.get(q);
  if (exactId === undefined) return hits.slice(0, limit);
  return [{ id: exactId, score: 0 }, ...hits.filter((h) => h.id !== exactId)].slice(0, limit);
}
