import {
  FUNCTIONS,
  type CyberFunction,
  type DataEdge,
  type DataNode,
  type Dataset,
  type Region,
} from '../domain';
import { statusOf, type TieStatus } from './profile';

/** At most this many states side by side: beyond it a matrix stops being readable. */
export const MAX_COMPARED = 20;

export interface CompareCell {
  status: TieStatus;
  edge: DataEdge;
}

export interface CompareRow {
  body: DataNode;
  /** The body's main function (its first), or null. */
  fn: CyberFunction | null;
  /** One per compared state, in column order: its tie to the body, or null for none. */
  cells: (CompareCell | null)[];
  /** How many of the compared states hold a present tie (not one they left). */
  shared: number;
}

export type RowOrder = 'function' | 'shared' | 'name';
export type ColumnOrder = 'given' | 'ties' | 'name';

export interface Comparison {
  states: DataNode[];
  rows: CompareRow[];
  /** Per state (column order), how many ties of each status it has among the rows. */
  totals: Record<TieStatus, number>[];
}

export interface CompareOptions {
  /** Only bodies with one of these functions (none: all). */
  functions?: readonly CyberFunction[];
  rows?: RowOrder;
  columns?: ColumnOrder;
}

const emptyTotals = (): Record<TieStatus, number> => ({
  member: 0,
  party: 0,
  signatory: 0,
  former: 0,
});

/** The states among `ids` that the dataset has, in order, each once, at most MAX_COMPARED. */
export function comparedStates(dataset: Dataset, ids: readonly string[]): DataNode[] {
  const seen = new Set<string>();
  const out: DataNode[] = [];
  for (const id of ids) {
    const node = dataset.nodeById.get(id);
    if (!node || node.type !== 'state' || seen.has(id)) continue;
    seen.add(id);
    out.push(node);
    if (out.length === MAX_COMPARED) break;
  }
  return out;
}

/** The states of a region, by name. */
export const statesOfRegion = (dataset: Dataset, region: Region): string[] =>
  dataset.nodes
    .filter((n) => n.type === 'state' && n.regions.includes(region))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => n.id);

/** The states with a present membership of (or party to) a body, by name. */
export const membersOf = (dataset: Dataset, bodyId: string): string[] =>
  (dataset.edgesByNode.get(bodyId) ?? [])
    .filter((e) => e.target === bodyId && ['member', 'party'].includes(statusOf(e) ?? ''))
    .map((e) => dataset.nodeById.get(e.source)!)
    .filter((n) => n?.type === 'state')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => n.id);

/**
 * The comparison matrix: one row per organization or instrument that any compared state is
 * tied to, one column per state, each cell that state's tie (status and dated stages) or none.
 */
export function compareStates(
  dataset: Dataset,
  ids: readonly string[],
  options: CompareOptions = {},
): Comparison {
  const states = comparedStates(dataset, ids);
  const column = new Map(states.map((s, i) => [s.id, i]));
  const rowsById = new Map<string, CompareRow>();
  for (const state of states) {
    for (const edge of dataset.edgesByNode.get(state.id) ?? []) {
      if (edge.source !== state.id) continue;
      const status = statusOf(edge);
      const body = dataset.nodeById.get(edge.target);
      if (!status || !body || body.type === 'state') continue;
      const fn = body.functions[0] ?? null;
      if (options.functions?.length && !body.functions.some((f) => options.functions!.includes(f)))
        continue;
      let row = rowsById.get(body.id);
      if (!row) {
        row = { body, fn, cells: states.map(() => null), shared: 0 };
        rowsById.set(body.id, row);
      }
      const at = column.get(state.id)!;
      // A state with two ties to one body (rare): the present one wins over one it left.
      if (!row.cells[at] || row.cells[at]!.status === 'former') row.cells[at] = { status, edge };
    }
  }
  let rows = [...rowsById.values()];
  for (const row of rows) row.shared = row.cells.filter((c) => c && c.status !== 'former').length;

  const byName = (a: CompareRow, b: CompareRow) => a.body.name.localeCompare(b.body.name);
  const fnRank = (fn: CyberFunction | null) => (fn ? FUNCTIONS.indexOf(fn) : FUNCTIONS.length);
  const order = options.rows ?? 'function';
  rows.sort((a, b) =>
    order === 'name'
      ? byName(a, b)
      : order === 'shared'
        ? b.shared - a.shared || byName(a, b)
        : fnRank(a.fn) - fnRank(b.fn) || b.shared - a.shared || byName(a, b),
  );

  const totalsOf = (i: number) => {
    const totals = emptyTotals();
    for (const row of rows) if (row.cells[i]) totals[row.cells[i]!.status] += 1;
    return totals;
  };
  let order2 = states.map((_, i) => i);
  const tiesOf = (i: number) =>
    rows.filter((r) => r.cells[i] && r.cells[i]!.status !== 'former').length;
  if (options.columns === 'ties') order2 = order2.sort((a, b) => tiesOf(b) - tiesOf(a));
  if (options.columns === 'name')
    order2 = order2.sort((a, b) => states[a].name.localeCompare(states[b].name));
  rows = rows.map((r) => ({ ...r, cells: order2.map((i) => r.cells[i]) }));
  // Totals are counted on the reordered rows, so column j is the j-th state shown.
  return {
    states: order2.map((i) => states[i]),
    rows,
    totals: order2.map((_, j) => totalsOf(j)),
  };
}
