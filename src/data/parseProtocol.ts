/**
 * What the parse worker is asked and what it answers, as plain functions so they can be tested
 * (and run on the main thread where there are no workers). The answer is a validated plain
 * document, cheap to clone and ready for buildDataset, or every problem found.
 */
import { unzipSync } from 'fflate';
import { validateDatasetText, type DatasetProblem, type ValidDocument } from '../domain';
import { readCsvDataset, type CsvTable } from './csvReader';
import { MAX_BYTES } from './fileLimits';
import { t } from '../domain/message';

export interface InputFile {
  name: string;
  data: ArrayBuffer | Uint8Array | string;
}

export interface ParseRequest {
  id: number;
  files: InputFile[];
  /** The language to write problems in (the page's). */
  locale?: string;
}

export type ParseResponse = { id: number; label: string } & (
  { ok: true; document: ValidDocument } | { ok: false; problems: DatasetProblem[] }
);

const MB = 1024 * 1024;

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const problem = (message: string, path = ''): DatasetProblem => ({ path, message });

class InputError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

const fail = (message: string, path = ''): never => {
  throw new InputError([problem(message, path)]);
};

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

const bytesOf = (data: InputFile['data']): Uint8Array | undefined =>
  typeof data === 'string' ? undefined : data instanceof Uint8Array ? data : new Uint8Array(data);

function textOf(file: InputFile): string {
  if (typeof file.data === 'string')
    return file.data.startsWith('\uFEFF') ? file.data.slice(1) : file.data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(file.data));
  } catch {
    return fail(t('problem.notUtf8', { file: file.name }));
  }
}

const isZip = (file: InputFile) => {
  const bytes = bytesOf(file.data);
  return bytes !== undefined
    ? bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
    : false;
};

/** The .csv and .json files inside a zip; folders and the clutter some archivers add are skipped. */
function unzip(file: InputFile): InputFile[] {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytesOf(file.data)!, {
      filter: (entry) => {
        const name = baseName(entry.name);
        if (entry.name.startsWith('__MACOSX/') || name.startsWith('.')) return false;
        if (!['csv', 'json'].includes(extension(name))) return false;
        total += entry.originalSize;
        if (total > MAX_BYTES)
          fail(t('problem.zipTooBig', { file: file.name, max: MAX_BYTES / MB }));
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    return fail(t('problem.notZip', { file: file.name, detail: detailOf(error) }));
  }
  const files = Object.entries(entries).map(([name, data]) => ({ name: baseName(name), data }));
  if (files.length === 0) fail(t('problem.zipEmpty', { file: file.name }));
  return files;
}

const READABLE = ['json', 'csv', 'tsv', 'txt', ''];

function kindOf(file: InputFile, text: string): 'json' | 'csv' {
  const ext = extension(file.name);
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Which CSV holds the edges: by its name, or failing that by a header with source and target. */
function isEdgesTable(table: CsvTable): boolean | undefined {
  const name = baseName(table.name).toLowerCase();
  const edge = name.includes('edge');
  const node = name.includes('node');
  if (edge !== node) return edge;
  const header = table.text.slice(0, table.text.search(/\r|\n|$/)).toLowerCase();
  const cells = header.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (cells.includes('source') && cells.includes('target')) return true;
  if (cells.includes('kind') && cells.includes('name')) return false;
  return undefined;
}

function readCsvPair(tables: CsvTable[], label: string) {
  if (tables.length !== 2) {
    return fail(
      tables.length === 1
        ? t('problem.csvPartner', { file: tables[0].name })
        : t('problem.csvCount', { count: tables.length }),
    );
  }
  const [a, b] = tables.map(isEdgesTable);
  if (a === undefined || b === undefined || a === b)
    fail(t('problem.csvWhich', { a: tables[0].name, b: tables[1].name }));
  const [nodes, edges] = a ? [tables[1], tables[0]] : tables;
  return readCsvDataset(nodes, edges, label);
}

/** A short name for what was opened, for the title of a CSV dataset and for messages. */
function labelOf(files: InputFile[]): string {
  return files.map((f) => baseName(f.name)).join(' + ');
}

/** Work out what was given (one JSON, a CSV pair, a zip of either) and read it. */
export function readDatasetFiles(given: InputFile[]) {
  if (given.length === 0) fail(t('problem.noFile'));
  const size = given.reduce(
    (sum, f) => sum + (typeof f.data === 'string' ? f.data.length : bytesOf(f.data)!.byteLength),
    0,
  );
  if (size > MAX_BYTES)
    fail(t('problem.filesTooBig', { size: Math.round(size / MB), max: MAX_BYTES / MB }));
  const files = given.flatMap((f) => (extension(f.name) === 'zip' || isZip(f) ? unzip(f) : [f]));
  const typed = files.map((file) => {
    if (!READABLE.includes(extension(file.name)))
      fail(t('problem.notDatasetFile', { file: file.name }));
    const text = textOf(file);
    return { file, text, kind: kindOf(file, text) };
  });
  const json = typed.filter((t) => t.kind === 'json');
  const csv = typed.filter((t) => t.kind === 'csv');
  if (json.length > 0 && (json.length > 1 || csv.length > 0))
    fail(t('problem.oneAtATime', { files: labelOf(files) }));
  if (json.length === 1) return validateDatasetText(json[0].text);
  const title =
    given.length === 1 ? baseName(given[0].name).replace(/\.zip$/i, '') : labelOf(given);
  return readCsvPair(
    csv.map((t) => ({ name: baseName(t.file.name), text: t.text })),
    title,
  );
}

/** The worker's whole job. It never throws: anything unexpected becomes a problem to show. */
export function handleParseRequest(request: ParseRequest): ParseResponse {
  const label = labelOf(request.files);
  try {
    return { id: request.id, label, ...readDatasetFiles(request.files) };
  } catch (error) {
    const problems =
      error instanceof InputError
        ? error.problems
        : [problem(t('problem.unreadable', { detail: detailOf(error) }))];
    return { id: request.id, label, ok: false, problems };
  }
}
