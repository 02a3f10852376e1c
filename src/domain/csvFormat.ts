/**
 * The CSV form of a dataset: nodes.csv and edges.csv, one row per record. This module owns the
 * columns and how each cell is written and read, so the exporter and the importer cannot drift
 * apart. It works on cells (strings); splitting text into rows is the caller's job.
 */
import type { EdgeRecord, NodeRecord, Source, StageRecord } from './schema';
import { t } from './message';

/**
 * How a column's cell is read. `text` is kept exactly as written; `code` (ids, taxonomy terms,
 * dates, addresses) is trimmed, since spreadsheets often leave stray spaces around such values.
 */
type CellKind = 'text' | 'code' | 'list' | 'sources' | 'boolean' | 'stages' | 'json';

/** nodes.csv columns, in the order the exporter writes them. */
export const NODE_COLUMNS = {
  id: 'code',
  type: 'code',
  kind: 'code',
  name: 'text',
  shortName: 'text',
  aliases: 'list',
  // Names in other languages with their sources: a JSON list, as in the dataset file.
  localNames: 'json',
  regions: 'list',
  subregion: 'text',
  functions: 'list',
  start: 'code',
  startNote: 'text',
  inForce: 'code',
  end: 'code',
  docRef: 'text',
  binding: 'boolean',
  hqCity: 'text',
  hqCountry: 'text',
  url: 'code',
  description: 'text',
  sources: 'sources',
} as const satisfies Record<string, CellKind>;

/** edges.csv columns, in the order the exporter writes them. */
export const EDGE_COLUMNS = {
  id: 'code',
  source: 'code',
  target: 'code',
  type: 'code',
  start: 'code',
  end: 'code',
  stages: 'stages',
  reservations: 'boolean',
  note: 'text',
  sources: 'sources',
} as const satisfies Record<string, CellKind>;

export type NodeColumn = keyof typeof NODE_COLUMNS;
export type EdgeColumn = keyof typeof EDGE_COLUMNS;
export type Columns = typeof NODE_COLUMNS | typeof EDGE_COLUMNS;

/** Without these a table cannot be read at all, so their absence is reported once, not per row. */
export const REQUIRED_NODE_COLUMNS: readonly NodeColumn[] = [
  'id',
  'type',
  'kind',
  'name',
  'sources',
];
export const REQUIRED_EDGE_COLUMNS: readonly EdgeColumn[] = ['source', 'target', 'type', 'sources'];

const LIST_SEPARATOR = ';';

// Spreadsheets run a cell that starts with one of these as a formula. The exporter puts an
// apostrophe in front (one more than is already there, so a leading apostrophe survives too).
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unescapeCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

const isPlainItem = (item: string) => item !== '' && item === item.trim() && !/[;\r\n]/.test(item);

/** `europe;global`, or a JSON array when an item could not be told apart in that form. */
export function encodeList(items: readonly string[] | undefined): string {
  if (!items || items.length === 0) return '';
  const plain = items.join(LIST_SEPARATOR);
  return items.every(isPlainItem) && !plain.startsWith('[') ? plain : JSON.stringify(items);
}

const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** One source a line: its title, a space, its web address. A JSON array when that would be ambiguous. */
export function encodeSources(sources: readonly Source[]): string {
  const plain = sources.map((s) => `${s.title} ${s.url}`).join('\n');
  const fits = sources.every(
    (s) =>
      s.title !== '' &&
      s.title === s.title.trim() &&
      !/[\r\n]/.test(s.title) &&
      WEB_ADDRESS.test(s.url),
  );
  return fits && !plain.startsWith('[')
    ? plain
    : JSON.stringify(sources.map(({ title, url }) => ({ title, url })));
}

/** What a cell held: a value for the record (undefined when empty) or why it could not be read. */
export type Decoded =
  { value: unknown; problem?: undefined } | { value?: undefined; problem: string };

/** A cell starting with "[" is read as a JSON array when it is one; anything else is plain. */
function jsonArray(cell: string): unknown[] | undefined {
  if (!cell.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(cell);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function decodeList(cell: string): Decoded {
  const trimmed = cell.trim();
  if (trimmed === '') return { value: undefined };
  const json = jsonArray(trimmed);
  if (json) return { value: json };
  return {
    value: trimmed
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter(Boolean),
  };
}

export function decodeSources(cell: string): Decoded {
  const trimmed = cell.trim();
  if (trimmed === '') return { value: undefined };
  const json = jsonArray(trimmed);
  if (json) return { value: json };
  const lines = trimmed
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const sources: Source[] = [];
  for (const [i, line] of lines.entries()) {
    const match = /^(.*?)\s*(\S+)$/.exec(line)!;
    const [, title, url] = match;
    if (!WEB_ADDRESS.test(url)) {
      return {
        problem: t('problem.csvSourceNoUrl', { n: i + 1, line }),
      };
    }
    if (title === '') {
      return {
        problem: t('problem.csvSourceNoTitle', { n: i + 1 }),
      };
    }
    sources.push({ title, url });
  }
  return { value: sources };
}

export function decodeBoolean(cell: string, column = 'binding'): Decoded {
  const trimmed = cell.trim();
  if (trimmed === '') return { value: undefined };
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  return { problem: t('problem.csvBoolean', { field: column, value: trimmed }) };
}

/**
 * A tie's stages: `signature 2001-11-23; ratification 2003-05-12; in-force 2004-07-01`, a stage
 * without a date standing alone (`consent`). A JSON array when a stage carries a note or sources.
 */
export function encodeStages(stages: readonly StageRecord[] | undefined): string {
  if (!stages || stages.length === 0) return '';
  if (stages.some((s) => s.note !== undefined || s.sources !== undefined))
    return JSON.stringify(stages);
  return stages.map((s) => (s.date ? `${s.stage} ${s.date}` : s.stage)).join(`${LIST_SEPARATOR} `);
}

export function decodeStages(cell: string): Decoded {
  const trimmed = cell.trim();
  if (trimmed === '') return { value: undefined };
  const json = jsonArray(trimmed);
  if (json) return { value: json };
  const stages: Record<string, string>[] = [];
  for (const [i, item] of trimmed.split(LIST_SEPARATOR).entries()) {
    const parts = item.trim().split(/\s+/);
    if (parts.length > 2 || parts[0] === '') {
      return {
        problem: t('problem.csvStage', { n: i + 1, item: item.trim() }),
      };
    }
    stages.push(parts[1] ? { stage: parts[0], date: parts[1] } : { stage: parts[0] });
  }
  return { value: stages };
}

export function decodeCell(kind: CellKind, raw: string, column = 'binding'): Decoded {
  const cell = unescapeCell(raw);
  switch (kind) {
    case 'list':
      return decodeList(cell);
    case 'sources':
      return decodeSources(cell);
    case 'boolean':
      return decodeBoolean(cell, column);
    case 'stages':
      return decodeStages(cell);
    case 'json': {
      if (cell.trim() === '') return { value: undefined };
      try {
        return { value: JSON.parse(cell) };
      } catch {
        return { problem: t('problem.csvJson', { field: column }) };
      }
    }
    case 'code': {
      const trimmed = cell.trim();
      return { value: trimmed === '' ? undefined : trimmed };
    }
    case 'text':
      return { value: cell === '' ? undefined : cell };
  }
}

const text = (v: string | null | undefined) => v ?? '';

export function nodeCells(n: NodeRecord): Record<NodeColumn, string> {
  return {
    id: n.id,
    type: n.type,
    kind: n.kind,
    name: n.name,
    shortName: text(n.shortName),
    aliases: encodeList(n.aliases),
    localNames: n.localNames?.length ? JSON.stringify(n.localNames) : '',
    regions: encodeList(n.regions),
    subregion: text(n.subregion),
    functions: encodeList(n.functions),
    start: text(n.start),
    startNote: text(n.startNote),
    inForce: text(n.inForce),
    end: text(n.end),
    docRef: text(n.docRef),
    binding: n.binding === undefined ? '' : String(n.binding),
    hqCity: text(n.hq?.city),
    hqCountry: text(n.hq?.country),
    url: text(n.url),
    description: text(n.description),
    sources: encodeSources(n.sources),
  };
}

export function edgeCells(e: EdgeRecord): Record<EdgeColumn, string> {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    start: text(e.start),
    end: text(e.end),
    stages: encodeStages(e.stages),
    reservations: e.reservations === undefined ? '' : String(e.reservations),
    note: text(e.note),
    sources: encodeSources(e.sources),
  };
}

/** The record a nodes.csv row stands for, still to be validated, with the hq columns folded back. */
export function nodeFromValues(
  values: Partial<Record<NodeColumn, unknown>>,
): Record<string, unknown> {
  const { hqCity, hqCountry, ...rest } = values;
  const record: Record<string, unknown> = dropUndefined(rest);
  if (hqCity !== undefined || hqCountry !== undefined)
    record.hq = dropUndefined({ city: hqCity, country: hqCountry });
  return record;
}

export function edgeFromValues(
  values: Partial<Record<EdgeColumn, unknown>>,
): Record<string, unknown> {
  return dropUndefined(values);
}

function dropUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

/** The column a record field is read from: `hq.city` → `hqCity`. */
export function columnOfField(field: string): string {
  if (field === 'hq') return 'hqCity';
  return field.startsWith('hq.') ? `hq${field[3].toUpperCase()}${field.slice(4)}` : field;
}
