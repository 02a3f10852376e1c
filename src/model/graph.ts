import type { DataEdge, DataNode } from '../domain';

/** A subgraph of the dataset: what a view shows. */
export interface VisibleGraph {
  readonly nodes: readonly DataNode[];
  readonly edges: readonly DataEdge[];
}

/** Keep the edges whose two ends are both among the given node ids. */
export function edgesWithin(edges: readonly DataEdge[], ids: ReadonlySet<string>): DataEdge[] {
  return edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}
