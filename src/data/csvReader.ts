/**
 * Reads a dataset from two CSV tables (nodes and edges, as the "Export data" CSV writes them)
 * and validates it with the same checks as a JSON dataset. Problems are located by table,
 * row and column, counting rows as a spreadsheet does: the header is row 1.
 */
import Papa from 'papaparse';
import {
  SCHEMA_VERSION,
  validateDataset,
  type DatasetProblem,
  type ValidationResult,
} from '../domain';
import {
  EDGE_COLUMNS,
  NODE_COLUMNS,
  REQUIRED_EDGE_COLUMNS,
  REQUIRED_NODE_COLUMNS,
  columnOfField,
  decodeCell,
  edgeFromValues,
  nodeFromValues,
  type Columns,
} from '../domain/csvFormat';
import { t } from '../domain/message';

export interface CsvTable {
  /** The file name, used to say where a problem is. */
  name: string;
  text: string;
}

/** Where a problem is: a table, a row (1 = header), and a column when it is about one cell. */
interface CsvLocation {
  table: number;
  file: string;
  row?: number;
  column?: string;
  /** The nth source of a sources cell, counted from 1. */
  source?: number;
}

interface LocatedProblem {
  at: CsvLocation;
  message: string;
}

interface ReadTable {
  records: Record<string, unknown>[];
  /** The spreadsheet row of each record. */
  rows: number[];
  problems: LocatedProblem[];
  /** Problems that make the rest of the table unreliable (broken quoting, a missing column). */
  fatal: boolean;
}

const QUOTE_MESSAGES = new Map([
  ['MissingQuotes', 'problem.csvUnclosedQuote'],
  ['InvalidQuotes', 'problem.csvBadQuote'],
]);

/**
 * The separator is read from the header line, which holds only column names: a comma as the
 * exporter writes, or the semicolon or tab some spreadsheets use. Guessing from the data could
 * be fooled by the semicolons of list cells.
 */
function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  for (const sep of [',', ';', '\t']) if (header.includes(sep)) return sep;
  return ',';
}

function readTable(
  table: CsvTable,
  index: number,
  columns: Columns,
  required: readonly string[],
): ReadTable {
  const file = table.name;
  const text = table.text.startsWith('\uFEFF') ? table.text.slice(1) : table.text;
  const out: ReadTable = { records: [], rows: [], problems: [], fatal: false };
  const problem = (message: string, row?: number, column?: string) =>
    out.problems.push({ at: { table: index, file, row, column }, message });

  const parsed = Papa.parse<string[]>(text, { delimiter: separatorOf(text), header: false });
  const data = parsed.data;
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes') continue;
    problem(
      t(QUOTE_MESSAGES.get(error.code) ?? 'problem.csvBadQuote'),
      error.row === undefined ? undefined : error.row + 1,
    );
    out.fatal = true;
  }

  const header = data[0]?.map((name) => name.trim()) ?? [];
  if (header.every((name) => name === '')) {
    problem(t('problem.csvEmpty'));
    out.fatal = true;
    return out;
  }
  const known = Object.keys(columns);
  const byLowerCase = new Map(known.map((c) => [c.toLowerCase(), c]));
  const headerColumns = header.map((name, i) => {
    const column = byLowerCase.get(name.toLowerCase());
    if (!column) {
      problem(
        name === ''
          ? t('problem.csvUnnamedColumn', { n: i + 1 })
          : t('problem.csvUnknownColumn', { name, known: known.join(', ') }),
        1,
      );
      out.fatal = true;
    } else if (header.findIndex((other) => other.toLowerCase() === name.toLowerCase()) !== i) {
      problem(t('problem.csvColumnTwice', { column }), 1);
      out.fatal = true;
    }
    return column;
  });
  for (const column of required) {
    if (!headerColumns.includes(column)) {
      problem(t('problem.csvMissingColumn', { column, required: required.join(', ') }), 1);
      out.fatal = true;
    }
  }
  if (out.fatal) return out;

  for (let r = 1; r < data.length; r++) {
    const cells = data[r];
    const row = r + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length !== header.length) {
      problem(t('problem.csvCellCount', { cells: cells.length, columns: header.length }), row);
      out.fatal = true;
      continue;
    }
    const values: Record<string, unknown> = {};
    cells.forEach((cell, i) => {
      const column = headerColumns[i]!;
      const decoded = decodeCell(columns[column as keyof Columns], cell, column);
      if (decoded.problem !== undefined) problem(decoded.problem, row, column);
      else values[column] = decoded.value;
    });
    out.records.push(values);
    out.rows.push(row);
  }
  return out;
}

const sameCell = (a: CsvLocation, b: CsvLocation) =>
  a.table === b.table && a.row === b.row && a.column === b.column;

export function describeLocation(at: CsvLocation): string {
  let out = at.file;
  if (at.row !== undefined) out += ` ${t('problem.at.row', { row: at.row })}`;
  if (at.column !== undefined) out += `, ${at.column}`;
  if (at.source !== undefined) out += ` (${t('problem.at.source', { n: at.source })})`;
  return out;
}

/**
 * Read two tables into a dataset document and validate it. Every problem names its table, row
 * and column: `nodes.csv row 4, kind: unknown value "treaty2" for kind …`.
 */
export function readCsvDataset(nodes: CsvTable, edges: CsvTable, title: string): ValidationResult {
  const tables = [
    readTable(nodes, 0, NODE_COLUMNS, REQUIRED_NODE_COLUMNS),
    readTable(edges, 1, EDGE_COLUMNS, REQUIRED_EDGE_COLUMNS),
  ];
  const cellProblems = tables.flatMap((t) => t.problems);
  if (tables.some((t) => t.fatal)) return { ok: false, problems: cellProblems.map(toProblem) };

  const document = {
    schemaVersion: SCHEMA_VERSION,
    meta: { title },
    nodes: tables[0].records.map(nodeFromValues),
    edges: tables[1].records.map(edgeFromValues),
  };
  const result = validateDataset(document);
  if (result.ok && cellProblems.length === 0) return result;

  const files = [nodes.name, edges.name];
  const locate = (path: string): CsvLocation | undefined => {
    const match = /^(nodes|edges)\[(\d+)\](?:\.(.*))?$/.exec(path);
    if (!match) return undefined;
    const table = match[1] === 'nodes' ? 0 : 1;
    const row = tables[table].rows[Number(match[2])];
    const field = match[3];
    if (field === undefined) return { table, file: files[table], row };
    const source = /^sources\[(\d+)\]/.exec(field);
    const column = columnOfField(field.replace(/\[\d+\].*$/, ''));
    return {
      table,
      file: files[table],
      row,
      column,
      source: source ? Number(source[1]) + 1 : undefined,
    };
  };
  // Messages may point at another record ("also used by nodes[0]"): say which row that is.
  const relocateMessage = (message: string) =>
    message.replace(/\b(nodes|edges)\[(\d+)\]/g, (whole, which: string, i: string) => {
      const table = which === 'nodes' ? 0 : 1;
      const row = tables[table].rows[Number(i)];
      return row === undefined ? whole : `${files[table]} ${t('problem.at.row', { row })}`;
    });

  const schemaProblems = result.ok
    ? []
    : result.problems.flatMap((p): LocatedProblem[] => {
        const at = locate(p.path);
        const message = relocateMessage(p.message);
        if (!at) return [{ at: { table: 0, file: p.path }, message }];
        // A cell that could not be read was left out of its record; its own problem says why.
        if (cellProblems.some((c) => sameCell(c.at, at))) return [];
        return [{ at, message }];
      });
  const problems = [...cellProblems, ...schemaProblems]
    .map((p, order) => ({ ...p, order }))
    .sort(
      (a, b) => a.at.table - b.at.table || (a.at.row ?? 0) - (b.at.row ?? 0) || a.order - b.order,
    );
  return { ok: false, problems: problems.map(toProblem) };
}

function toProblem(p: LocatedProblem): DatasetProblem {
  return { path: describeLocation(p.at), message: p.message };
}
