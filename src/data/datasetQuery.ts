import { queryOptions } from '@tanstack/react-query';
import bundledDatasetUrl from '../../data/network.json?url';
import { DatasetError, parseDatasetText, type Dataset } from '../domain';

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

const failure = (message: string) => new DatasetError([{ path: '', message }]);

/** `?data=` may only name a file on this site: a link must not make the app fetch from elsewhere. */
export function resolveSameOrigin(url: string, base: string): URL {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    throw failure(`"${url}" is not a valid address`);
  }
  if (resolved.origin !== new URL(base).origin) {
    throw failure(
      `"${url}" is on another site; only datasets from this site can be opened by link (use "Open dataset…" for a file)`,
    );
  }
  return resolved;
}

export async function fetchDataset(url: string): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw failure(
      `could not load ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok)
    throw failure(
      `could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  const result = parseDatasetText(await response.text());
  if (!result.ok) throw new DatasetError(result.problems);
  return result.dataset;
}

export function datasetQuery(source: DatasetSource) {
  if (source.kind === 'file') {
    return queryOptions({
      queryKey: fileQueryKey(source.key),
      // The opener puts the dataset in the cache before selecting it; it is only missing if
      // something dropped it, and a file cannot be fetched again.
      queryFn: (): Promise<Dataset> =>
        Promise.reject(failure(`“${source.name}” is no longer open: open the file again`)),
      staleTime: Infinity,
      // A file that is no longer shown can be large: let it go soon after it is left.
      gcTime: 10_000,
      retry: false,
    });
  }
  return queryOptions({
    queryKey: ['dataset', source.kind === 'bundled' ? 'bundled' : source.url],
    queryFn: () =>
      fetchDataset(
        source.kind === 'bundled'
          ? bundledDatasetUrl
          : resolveSameOrigin(source.url, window.location.href).href,
      ),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
