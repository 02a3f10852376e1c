import type { DataNode, Dataset } from '../../domain';
import type { ViewEdge, VisibleGraph } from '../../model';
import { i18n } from '../../i18n';
import { term } from '../../i18n/terms';

export type TableKind = 'nodes' | 'ties';
export type SortKey =
  'name' | 'type' | 'regions' | 'functions' | 'start' | 'end' | 'ties' | 'other';

export interface TableRow {
  id: string;
  /** The node a row stands for (a tie's source), for the linked selection. */
  nodeId: string;
  node?: DataNode;
  edge?: ViewEdge;
  /** Ties of a node in the visible graph; sources of a tie. */
  ties: number;
  sourceName: string;
  targetName: string;
  /** What search matches in the row. */
  text: string;
  /** The displayed words each column sorts by. */
  keys: Record<SortKey, string | number>;
}

const label = (n: DataNode | undefined, id: string) =>
  n ? (n.shortName && n.shortName !== n.name ? `${n.shortName} — ${n.name}` : n.name) : id;

/** The rows of the nodes or the ties table, for the visible graph. */
export function buildTableRows(dataset: Dataset, graph: VisibleGraph, kind: TableKind): TableRow[] {
  if (kind === 'nodes') {
    const degree = new Map<string, number>();
    for (const e of graph.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    return graph.nodes.map((n) => {
      const name = label(n, n.id);
      const ties = degree.get(n.id) ?? 0;
      return {
        id: n.id,
        nodeId: n.id,
        node: n,
        ties,
        sourceName: name,
        targetName: '',
        text: [name, ...(n.aliases ?? []), n.docRef ?? ''].join(' '),
        keys: {
          name,
          type: term('type', n.type),
          regions: n.regions.map((r) => term('region', r)).join(', '),
          functions: n.functions.map((f) => term('function', f)).join(', '),
          start: n.start ?? '',
          end: n.end ?? '',
          ties,
          other: '',
        },
      };
    });
  }
  return graph.edges.map((e) => {
    const sourceName = label(dataset.nodeById.get(e.source), e.source);
    const targetName = label(dataset.nodeById.get(e.target), e.target);
    return {
      id: e.id,
      nodeId: e.source,
      edge: e,
      ties: e.sources.length,
      sourceName,
      targetName,
      text: `${sourceName} ${targetName}`,
      keys: {
        name: sourceName,
        type: term('rel', e.type),
        regions: '',
        functions: '',
        start: e.start ?? '',
        end: e.end ?? '',
        ties: e.sources.length,
        other: targetName,
      },
    };
  });
}

/**
 * Rows sorted by a column, in the interface language's alphabetical order (numbers by value);
 * empty cells (an unknown date) last either way, so "unknown" never passes for "earliest".
 */
export function sortRows(rows: readonly TableRow[], key: SortKey, descending: boolean): TableRow[] {
  const collator = new Intl.Collator(i18n.locale || 'en', { numeric: true, sensitivity: 'base' });
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a.keys[key];
    const y = b.keys[key];
    if (x === '' && y !== '') return 1;
    if (y === '' && x !== '') return -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * order || collator.compare(a.keys.name as string, b.keys.name as string);
  });
}
