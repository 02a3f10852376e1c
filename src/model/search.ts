import MiniSearch from 'minisearch';
import type { DataNode } from '../domain';
import { foldForSearch, hasCyrillic } from './normalize';
import { latinOf } from './transliterate';
import { allLocalNames } from '../i18n/names';

interface SearchDoc {
  id: string;
  name: string;
  shortName: string;
  aliases: string;
  docRef: string;
  key: string;
  /** Names in other languages, and every Cyrillic name in Latin letters. */
  local: string;
}

export interface SearchIndex {
  readonly engine: MiniSearch<SearchDoc>;
  readonly exact: ReadonlyMap<string, string>;
}

export interface SearchHit {
  id: string;
  score: number;
}

/**
 * Build once per dataset: matching runs on folded text. An inverted index (MiniSearch) answers a
 * keystroke in well under a millisecond at the bundled size, where scanning every name with a
 * fuzzy matcher took tens of milliseconds.
 */
export function buildSearchIndex(nodes: readonly DataNode[]): SearchIndex {
  const docs = nodes.map(toDoc);
  const index = createIndex(docs);
  index.engine.addAll(docs);
  return index;
}

/**
 * The same index, built in slices that yield to the page between them, so that building it
 * for a large dataset never blocks input for long.
 */
export async function buildSearchIndexInSlices(
  nodes: readonly DataNode[],
  sliceSize = 100,
): Promise<SearchIndex> {
  const docs: SearchDoc[] = [];
  for (let i = 0; i < nodes.length; i += sliceSize) {
    docs.push(...nodes.slice(i, i + sliceSize).map(toDoc));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const index = createIndex(docs);
  await index.engine.addAllAsync(docs, { chunkSize: sliceSize });
  return index;
}

function toDoc(n: DataNode): SearchDoc {
  // States are found by their Russian and Uzbek names too ("Узбекистан", "Oʻzbekiston").
  const local = allLocalNames(n);
  const cyrillic = [n.name, n.shortName ?? '', ...(n.aliases ?? []), ...local].filter(hasCyrillic);
  return {
    id: n.id,
    name: foldForSearch(n.name),
    shortName: foldForSearch(n.shortName ?? ''),
    aliases: (n.aliases ?? []).map(foldForSearch).join(' | '),
    docRef: foldForSearch(n.docRef ?? ''),
    key: n.id.toLowerCase().replace(/-/g, ' '),
    local: [...local.map(foldForSearch), ...cyrillic.map(latinOf)].join(' | '),
  };
}

function createIndex(docs: SearchDoc[]): SearchIndex {
  const exact = new Map<string, string>();
  for (const d of docs) {
    const aliases = d.aliases ? d.aliases.split(' | ') : [];
    const local = d.local ? d.local.split(' | ') : [];
    for (const key of [d.id.toLowerCase(), d.shortName, d.docRef, d.name, ...aliases, ...local]) {
      if (key && !exact.has(key)) exact.set(key, d.id);
    }
  }
  const engine = new MiniSearch<SearchDoc>({
    fields: ['shortName', 'name', 'aliases', 'docRef', 'key', 'local'],
    // Text is folded already (case, accents, look-alikes).
    processTerm: (term) => term || null,
    searchOptions: {
      boost: { shortName: 3, name: 2, aliases: 2, docRef: 2, key: 1, local: 2 },
      prefix: true,
      // One typo in a word of five letters or more ("interpool").
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  return { engine, exact };
}

/** Best matches first; an exact short name, id or document number always comes first. */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = foldForSearch(query);
  if (q.length === 0) return [];
  // A query in Cyrillic is also read in Latin letters: "Интерпол" finds INTERPOL.
  const latin = hasCyrillic(q) ? latinOf(q) : null;
  const run = (combineWith: 'AND' | 'OR') => {
    const found = index.engine.search(q, { combineWith });
    if (!latin) return found;
    const best = new Map(found.map((r) => [r.id, r]));
    for (const r of index.engine.search(latin, { combineWith }))
      if ((best.get(r.id)?.score ?? 0) < r.score) best.set(r.id, r);
    return [...best.values()].sort((a, b) => b.score - a.score);
  };
  let results = run('AND');
  // Every word must match; if none does, any word may ("budapest protocol xenophobia").
  if (results.length === 0) results = run('OR');
  const hits = results.slice(0, limit + 1).map((r) => ({ id: String(r.id), score: 1 / r.score }));
  const exactId = index.exact.get(q) ?? (latin ? index.exact.get(latin) : undefined);
  if (exactId === undefined) return hits.slice(0, limit);
  return [{ id: exactId, score: 0 }, ...hits.filter((h) => h.id !== exactId)].slice(0, limit);
}
