import { queryOptions } from '@tanstack/react-query';
import bundledDatasetUrl from '../../data/network.json?url';
import bundledSeedUrl from '../../data/network.layout.json?url';
import { attachSeed, readSeed, seedPositions } from '../layout/seed';
import { buildDataset } from '../domain/dataset';
import { DatasetError } from '../domain/problems';
import type { Dataset } from '../domain';
import { parseDownloaded } from './parseFiles';
import { t } from '../domain/message';
import { loadProblemMessages } from '../i18n/problems';

export type DatasetSource =
  { kind: 'bundled' } | { kind: 'url'; url: string } | { kind: 'file'; key: string; name: string };

export const BUNDLED: DatasetSource = { kind: 'bundled' };

export function sourceFromParam(data: string | null): DatasetSource {
  return data ? { kind: 'url', url: data } : BUNDLED;
}

/** An opened file, else the `?data=` address, else the bundled dataset. */
export function currentSource(
  data: string | null,
  file: { key: string; name: string } | null,
): DatasetSource {
  return file ? { kind: 'file', ...file } : sourceFromParam(data);
}

export const fileQueryKey = (key: string): string[] => ['dataset', 'file', key];

/** A failure to show, in the interface's language (whose problem messages load first). */
async function failure(id: string, values: Record<string, unknown>) {
  await loadProblemMessages();
  return new DatasetError([{ path: '', message: t(id, values) }]);
}

/** `?data=` may only name a file on this site: a link must not make the app fetch from elsewhere. */
export async function resolveSameOrigin(url: string, base: string): Promise<URL> {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    throw await failure('problem.badAddress', { url });
  }
  if (resolved.origin !== new URL(base).origin) {
    throw await failure('problem.otherSite', { url });
  }
  return resolved;
}

/** The file name in an address, read as JSON whatever the server calls it. */
export function fileNameOf(url: string): string {
  const last = new URL(url, 'http://x/').pathname.split('/').pop() || 'dataset';
  return /\.(json|zip)$/i.test(last) ? last : `${last}.json`;
}

export async function fetchDataset(url: string): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw await failure('problem.couldNotLoad', {
      url,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (!response.ok)
    throw await failure('problem.serverAnswered', {
      url,
      status: `${response.status} ${response.statusText}`.trim(),
    });
  const parsed = await parseDownloaded(fileNameOf(url), await response.arrayBuffer());
  if (!parsed.ok) throw new DatasetError(parsed.problems);
  return buildDataset(parsed.document);
}

/** The bundled dataset, with its stored layout when that was made for this release. */
async function fetchBundled(): Promise<Dataset> {
  const seed = fetch(bundledSeedUrl)
    .then((r) => (r.ok ? r.json() : null))
    .then(readSeed)
    .catch(() => null);
  const dataset = await fetchDataset(bundledDatasetUrl);
  const layout = await seed;
  if (layout && layout.version === dataset.meta.version) attachSeed(dataset, seedPositions(layout));
  return dataset;
}

export function datasetQuery(source: DatasetSource) {
  if (source.kind === 'file') {
    return queryOptions({
      queryKey: fileQueryKey(source.key),
      // The opener puts the dataset in the cache before selecting it; it is only missing if
      // something dropped it, and a file cannot be fetched again.
      queryFn: async (): Promise<Dataset> => {
        throw await failure('problem.noLongerOpen', { file: source.name });
      },
      staleTime: Infinity,
      // A file that is no longer shown can be large: let it go soon after it is left.
      gcTime: 10_000,
      retry: false,
    });
  }
  return queryOptions({
    queryKey: ['dataset', source.kind === 'bundled' ? 'bundled' : source.url],
    queryFn: () =>
      source.kind === 'bundled'
        ? fetchBundled()
        : resolveSameOrigin(source.url, window.location.href).then((url) => fetchDataset(url.href)),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
