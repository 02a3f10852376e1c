import { FUNCTIONS, REGIONS, type DataNode, type RelationshipType } from '../domain';
import type { VisibleGraph } from './graph';

export type MatrixOrder = 'region' | 'type' | 'community';
export const MATRIX_ORDERS: readonly MatrixOrder[] = ['region', 'type', 'community'];

export interface MatrixCell {
  row: number;
  col: number;
  /** The ties between the two nodes (usually one). */
  types: RelationshipType[];
}

export interface AdjacencyMatrix {
  nodes: DataNode[];
  /** Both halves: a tie between i and j fills (i, j) and (j, i). */
  cells: MatrixCell[];
  /** Runs of rows with the same group key, for separators and labels. */
  groups: { key: string; start: number; end: number }[];
}

const TYPE_RANK = { organization: 0, instrument: 1, state: 2 } as const;

/**
 * The adjacency matrix of the visible graph, its rows (and columns) ordered so that related
 * nodes sit together: by region, by type and main function, or by community (when known).
 */
export function adjacencyMatrix(
  graph: VisibleGraph,
  order: MatrixOrder,
  community?: Readonly<Record<string, number>> | null,
): AdjacencyMatrix {
  const keyOf = (n: DataNode): [string, number] => {
    if (order === 'community' && community)
      return [`community:${community[n.id] ?? -1}`, community[n.id] ?? 1e6];
    if (order === 'type') {
      const fn = n.functions[0];
      return [`type:${n.type}`, TYPE_RANK[n.type] * 100 + (fn ? FUNCTIONS.indexOf(fn) : 99)];
    }
    const region = n.regions[0];
    return [`region:${region ?? 'none'}`, region ? REGIONS.indexOf(region) : 99];
  };
  const keyed = graph.nodes.map((n) => ({ n, key: keyOf(n) }));
  keyed.sort(
    (a, b) =>
      a.key[1] - b.key[1] ||
      TYPE_RANK[a.n.type] - TYPE_RANK[b.n.type] ||
      a.n.name.localeCompare(b.n.name),
  );
  const nodes = keyed.map((k) => k.n);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const byPair = new Map<string, MatrixCell>();
  for (const e of graph.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    for (const [row, col] of [
      [a, b],
      [b, a],
    ]) {
      const key = `${row},${col}`;
      const cell = byPair.get(key);
      if (cell) {
        if (!cell.types.includes(e.type)) cell.types.push(e.type);
      } else byPair.set(key, { row, col, types: [e.type] });
    }
  }
  const groups: AdjacencyMatrix['groups'] = [];
  keyed.forEach((k, i) => {
    const last = groups.at(-1);
    if (last && last.key === k.key[0]) last.end = i;
    else groups.push({ key: k.key[0], start: i, end: i });
  });
  return { nodes, cells: [...byPair.values()], groups };
}
