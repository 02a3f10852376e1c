import type { DataEdge, DataNode, Dataset, RelationshipType } from '../domain';

/**
 * An edge as a view shows it: its `type` is its status as of the end of the period (a party-to
 * tie is drawn as signatory-of before the treaty is in force for the state), and `dateUnknown`
 * marks a tie whose start is not known while a period is set, drawn in its own style.
 */
export interface ViewEdge extends DataEdge {
  readonly dateUnknown?: true;
}

/** A subgraph of the dataset: what a view shows. */
export interface VisibleGraph {
  readonly nodes: readonly DataNode[];
  readonly edges: readonly ViewEdge[];
}

/** Keep the edges whose two ends are both among the given node ids. */
export function edgesWithin<E extends DataEdge>(
  edges: readonly E[],
  ids: ReadonlySet<string>,
): E[] {
  return edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}

/**
 * The graph with one more node and its ties to the nodes already in it (of the chosen
 * relationships): a state chosen while the states layer is off still shows, with its ties.
 */
export function withNode(
  dataset: Dataset,
  graph: VisibleGraph,
  id: string,
  rels: readonly RelationshipType[],
): VisibleGraph {
  const node = dataset.nodeById.get(id);
  if (!node || graph.nodes.some((n) => n.id === id)) return graph;
  const ids = new Set(graph.nodes.map((n) => n.id));
  const ties = (dataset.edgesByNode.get(id) ?? []).filter(
    (e) =>
      ids.has(e.source === id ? e.target : e.source) &&
      (rels.length === 0 || rels.includes(e.type)),
  );
  return { nodes: [...graph.nodes, node], edges: [...graph.edges, ...ties] };
}
