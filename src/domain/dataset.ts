import type { EdgeRecord, Meta, NodeRecord } from './schema';

export type DataNode = Readonly<NodeRecord>;
export type DataEdge = Readonly<EdgeRecord>;

/** The validated dataset with its indexes. Immutable: share it, never change it. */
export interface Dataset {
  readonly meta: Readonly<Meta>;
  readonly nodes: readonly DataNode[];
  readonly edges: readonly DataEdge[];
  readonly nodeById: ReadonlyMap<string, DataNode>;
  readonly edgeById: ReadonlyMap<string, DataEdge>;
  /** Edges touching each node, in document order. */
  readonly edgesByNode: ReadonlyMap<string, readonly DataEdge[]>;
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  readonly degree: ReadonlyMap<string, number>;
}

export function buildDataset(doc: {
  meta: Meta;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}): Dataset {
  const nodes = doc.nodes.map((n) => Object.freeze(n));
  const edges = doc.edges.map((e) => Object.freeze(e));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  const edgesByNode = new Map<string, DataEdge[]>(nodes.map((n) => [n.id, []]));
  const neighbours = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set()]));
  for (const e of edges) {
    edgesByNode.get(e.source)!.push(e);
    edgesByNode.get(e.target)!.push(e);
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const degree = new Map(nodes.map((n) => [n.id, edgesByNode.get(n.id)!.length]));
  return Object.freeze({
    meta: Object.freeze({ ...doc.meta }),
    nodes: Object.freeze(nodes),
    edges: Object.freeze(edges),
    nodeById,
    edgeById,
    edgesByNode,
    neighbours,
    degree,
  });
}
