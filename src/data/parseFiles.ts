/**
 * Reads the files a user chose and has them parsed in a worker, falling back to the main thread
 * where workers are missing (tests) or fail to start. Loaded on demand, with the parser behind it.
 */
import { MAX_BYTES } from './fileLimits';
import type { InputFile, ParseRequest, ParseResponse } from './parseProtocol';
import { i18n } from '@lingui/core';
import { t } from '../domain/message';
import { loadProblemMessages } from '../i18n/problems';

let lastId = 0;

const spawn = () => new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
let spare: Worker | null = null;

/** Start a parser before the first dataset arrives, so its code is ready when the bytes are. */
export function prewarmParseWorker() {
  if (!spare && typeof Worker !== 'undefined') spare = spawn();
}

function takeWorker(): Worker {
  const worker = spare ?? spawn();
  spare = null;
  return worker;
}

async function parseHere(request: ParseRequest): Promise<ParseResponse> {
  const [{ handleParseRequest }, { setSchemaLanguage }] = await Promise.all([
    import('./parseProtocol'),
    import('../domain/schemaLanguage'),
    loadProblemMessages(),
  ]);
  await setSchemaLanguage(i18n.locale);
  return handleParseRequest(request);
}

function parseInWorker(
  request: ParseRequest,
  fallback: () => Promise<ParseResponse>,
  signal?: AbortSignal,
  transfer = true,
): Promise<ParseResponse> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('Cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      finish();
      resolve(event.data);
    };
    // A worker that cannot start (blocked by a content policy, an old browser) must not strand
    // the file: parse it here instead, slower but the same. The buffers went to the worker, so
    // the fallback reads the files again.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      fallback().then(resolve, reject);
    };
    const buffers = request.files
      .map((f) => f.data)
      .filter((d): d is ArrayBuffer => d instanceof ArrayBuffer);
    worker.postMessage(request, transfer ? buffers : []);
  });
}

const tooBig = (id: number, label: string, size: number): ParseResponse => ({
  id,
  label,
  ok: false,
  problems: [
    {
      path: '',
      message: t('problem.fileTooBig', {
        size: Math.round(size / 1024 / 1024),
        max: MAX_BYTES / 1024 / 1024,
      }),
    },
  ],
});

export async function parseFiles(
  files: readonly File[],
  signal?: AbortSignal,
): Promise<ParseResponse> {
  const id = ++lastId;
  const label = files.map((f) => f.name).join(' + ');
  const size = files.reduce((sum, f) => sum + f.size, 0);
  if (size > MAX_BYTES) {
    await loadProblemMessages();
    return tooBig(id, label, size);
  }
  const read = async (): Promise<ParseRequest> => {
    const inputs: InputFile[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })),
    );
    signal?.throwIfAborted();
    return { id, files: inputs, locale: i18n.locale };
  };
  if (typeof Worker === 'undefined') return parseHere(await read());
  return parseInWorker(await read(), async () => parseHere(await read()), signal);
}

/**
 * Parse a downloaded dataset (`?data=` or the bundled file) in a worker, so a large one does not
 * freeze the page. The bytes are copied, not transferred, so the fallback can still read them.
 */
export function parseDownloaded(name: string, data: ArrayBuffer): Promise<ParseResponse> {
  const request: ParseRequest = { id: ++lastId, files: [{ name, data }], locale: i18n.locale };
  if (typeof Worker === 'undefined') return parseHere(request);
  return parseInWorker(request, () => parseHere(request), undefined, false);
}
