import { queryOptions } from '@tanstack/react-query';
import bundledDatasetUrl from '../../data/network.json?url';
import { DatasetError, parseDatasetText, type Dataset } from '../domain';

export type DatasetSource = { kind: 'bundled' } | { kind: 'url'; url: string };

export const BUNDLED: DatasetSource = { kind: 'bundled' };

export function sourceFromParam(data: string | null): DatasetSource {
  return data ? { kind: 'url', url: data } : BUNDLED;
}

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
