import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../domain';
import type { VisibleGraph } from '../model';

/** The visible subgraph as a dataset document: it loads back into the app. */
export function subgraphDocument(dataset: Dataset, graph: VisibleGraph, note: string) {
  return {
    schemaVersion: 1 as const,
    meta: {
      ...dataset.meta,
      description:
        `${dataset.meta.description ?? ''}${dataset.meta.description ? ' ' : ''}Subset: ${note}`.trim(),
    },
    nodes: graph.nodes,
    edges: graph.edges,
  };
}

const list = (v: readonly string[] | undefined) => (v ?? []).join(';');
const sources = (s: readonly { title: string; url: string }[]) => s.map((x) => x.url).join(' ');

export function nodesCsv(graph: VisibleGraph): string {
  return Papa.unparse(
    graph.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      kind: n.kind,
      name: n.name,
      shortName: n.shortName ?? '',
      aliases: list(n.aliases),
      regions: list(n.regions),
      subregion: n.subregion ?? '',
      functions: list(n.functions),
      start: n.start ?? '',
      inForce: n.inForce ?? '',
      end: n.end ?? '',
      docRef: n.docRef ?? '',
      binding: n.binding ?? '',
      hqCity: n.hq?.city ?? '',
      hqCountry: n.hq?.country ?? '',
      url: n.url ?? '',
      description: n.description ?? '',
      sources: sources(n.sources),
    })),
  );
}

export function edgesCsv(graph: VisibleGraph): string {
  return Papa.unparse(
    graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      start: e.start ?? '',
      end: e.end ?? '',
      note: e.note ?? '',
      sources: sources(e.sources),
    })),
  );
}

/** nodes.csv and edges.csv in one zip. */
export function csvZip(graph: VisibleGraph): Uint8Array {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(graph)), 'edges.csv': strToU8(edgesCsv(graph)) });
}
