import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { SCHEMA_VERSION, type Dataset } from '../domain';
import {
  EDGE_COLUMNS,
  NODE_COLUMNS,
  edgeCells,
  escapeCell,
  nodeCells,
  type EdgeColumn,
  type NodeColumn,
} from '../domain/csvFormat';
import type { VisibleGraph } from '../model';

/**
 * The records behind what a view shows. A view draws a tie as it stood at the period's end (a
 * party as a signatory before the treaty binds it) and marks ties of unknown date; the data
 * exported is the tie as recorded, with its whole lifecycle.
 */
export function recordsOf(dataset: Dataset, graph: VisibleGraph): VisibleGraph {
  return { nodes: graph.nodes, edges: graph.edges.map((e) => dataset.edgeById.get(e.id) ?? e) };
}

/** The visible subgraph as a dataset document: it loads back into the app. */
export function subgraphDocument(dataset: Dataset, graph: VisibleGraph, note: string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      ...dataset.meta,
      description:
        `${dataset.meta.description ?? ''}${dataset.meta.description ? ' ' : ''}Subset: ${note}`.trim(),
    },
    nodes: graph.nodes,
    edges: recordsOf(dataset, graph).edges,
  };
}

/** A table with its header even when empty, each cell guarded against spreadsheet formulas. */
function table<C extends string>(columns: readonly C[], rows: Record<C, string>[]): string {
  return Papa.unparse({
    fields: [...columns],
    data: rows.map((row) => columns.map((c) => escapeCell(row[c]))),
  });
}

/** nodes.csv as README.md describes it; the app's "Open dataset…" reads it back unchanged. */
export function nodesCsv(graph: VisibleGraph): string {
  return table(Object.keys(NODE_COLUMNS) as NodeColumn[], graph.nodes.map(nodeCells));
}

export function edgesCsv(graph: VisibleGraph): string {
  return table(Object.keys(EDGE_COLUMNS) as EdgeColumn[], graph.edges.map(edgeCells));
}

/** nodes.csv and edges.csv in one zip. */
export function csvZip(graph: VisibleGraph): Uint8Array {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(graph)), 'edges.csv': strToU8(edgesCsv(graph)) });
}
