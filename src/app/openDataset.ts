import { useCallback } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createStore, useStore } from 'zustand';
import { buildDataset, type DatasetProblem } from '../domain';
import { fileQueryKey } from '../data/datasetQuery';
import { atlasStore } from '../store';
import { t } from '../domain/message';
import { loadProblemMessages } from '../i18n/problems';

/** Opening a file: being read, or what went wrong. The shown dataset is untouched by either. */
export type OpenStatus =
  | { state: 'idle' }
  | { state: 'reading'; label: string }
  | { state: 'failed'; label: string; problems: DatasetProblem[] };

export const openStatusStore = createStore<{ status: OpenStatus }>()(() => ({
  status: { state: 'idle' },
}));

export const useOpenStatus = () => useStore(openStatusStore, (s) => s.status);

const setStatus = (status: OpenStatus) => openStatusStore.setState({ status });

export const dismissOpenStatus = () => setStatus({ state: 'idle' });

let opened = 0;
let current: AbortController | null = null;

export function cancelOpening() {
  current?.abort();
  current = null;
  dismissOpenStatus();
}

/**
 * Read, parse and validate the files off the main thread; on success show them as the dataset,
 * on failure list the problems and leave the shown dataset as it was. A newer request wins.
 */
export async function openDatasetFiles(queryClient: QueryClient, files: readonly File[]) {
  if (files.length === 0) return;
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const label = files.map((f) => f.name).join(' + ');
  setStatus({ state: 'reading', label });
  try {
    const { parseFiles } = await import('../data/parseFiles');
    const response = await parseFiles(files, controller.signal);
    if (controller.signal.aborted) return;
    if (!response.ok) {
      setStatus({ state: 'failed', label: response.label, problems: response.problems });
      return;
    }
    const key = `${response.label}#${++opened}`;
    queryClient.setQueryData(fileQueryKey(key), buildDataset(response.document));
    atlasStore.getState().showFile({ key, name: response.label });
    dismissOpenStatus();
  } catch (error) {
    if (controller.signal.aborted) return;
    await loadProblemMessages();
    setStatus({
      state: 'failed',
      label,
      problems: [
        {
          path: '',
          message: t('problem.unreadable', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        },
      ],
    });
  } finally {
    if (current === controller) current = null;
  }
}

export function useOpenDataset() {
  const queryClient = useQueryClient();
  return useCallback(
    (files: readonly File[]) => openDatasetFiles(queryClient, files),
    [queryClient],
  );
}
