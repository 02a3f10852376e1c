import type {
  CyberFunction,
  DataNode,
  Dataset,
  NodeType,
  Region,
  RelationshipType,
} from '../domain';
import { FUNCTIONS, NODE_TYPES, REGIONS, RELATIONSHIP_TYPES } from '../domain';
import { edgesWithin, type VisibleGraph } from './graph';

/**
 * Facet filters. An empty list means "no restriction". OR within a facet, AND across facets.
 * States have no functions, so the function facet does not apply to them.
 */
export interface GraphFilters {
  regions: readonly Region[];
  functions: readonly CyberFunction[];
  types: readonly NodeType[];
  rels: readonly RelationshipType[];
  /** The states layer: when off, states and their ties are hidden. */
  states: boolean;
}

export const NO_FILTERS: GraphFilters = {
  regions: [],
  functions: [],
  types: [],
  rels: [],
  states: false,
};

const anyOf = <T>(selected: readonly T[], values: readonly T[] | undefined) =>
  selected.length === 0 || (values ?? []).some((v) => selected.includes(v));

export function nodeMatches(node: DataNode, f: GraphFilters): boolean {
  if (node.type === 'state' && !f.states) return false;
  if (f.types.length > 0 && !f.types.includes(node.type)) return false;
  if (!anyOf(f.regions, node.regions)) return false;
  if (node.type !== 'state' && !anyOf(f.functions, node.functions)) return false;
  return true;
}

/** The subgraph the filters let through: matching nodes, and the edges of selected types between them. */
export function filterGraph(dataset: Dataset, f: GraphFilters): VisibleGraph {
  const nodes = dataset.nodes.filter((n) => nodeMatches(n, f));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = edgesWithin(dataset.edges, ids).filter(
    (e) => f.rels.length === 0 || f.rels.includes(e.type),
  );
  return { nodes, edges };
}

export interface FacetCounts {
  regions: Record<Region, number>;
  functions: Record<CyberFunction, number>;
  types: Record<NodeType, number>;
  rels: Record<RelationshipType, number>;
}

/**
 * For each option, how many nodes (edges, for relationships) would show if that option were
 * the facet's only choice, the other facets staying as they are.
 */
export function facetCounts(dataset: Dataset, f: GraphFilters): FacetCounts {
  const count = <K extends 'regions' | 'functions' | 'types'>(
    facet: K,
    options: readonly GraphFilters[K][number][],
  ) =>
    Object.fromEntries(
      options.map((option) => {
        const only = { ...f, [facet]: [option] } as GraphFilters;
        // Choosing the "state" type implies wanting to see states.
        if (facet === 'types' && option === 'state') only.states = true;
        return [
          option,
          dataset.nodes.reduce((n, node) => n + (nodeMatches(node, only) ? 1 : 0), 0),
        ];
      }),
    );
  const visible = filterGraph(dataset, { ...f, rels: [] });
  const rels = Object.fromEntries(RELATIONSHIP_TYPES.map((r) => [r, 0])) as Record<
    RelationshipType,
    number
  >;
  for (const e of visible.edges) rels[e.type] += 1;
  return {
    regions: count('regions', REGIONS) as Record<Region, number>,
    functions: count('functions', FUNCTIONS) as Record<CyberFunction, number>,
    types: count('types', NODE_TYPES) as Record<NodeType, number>,
    rels,
  };
}

export const activeFilterCount = (f: GraphFilters) =>
  f.regions.length + f.functions.length + f.types.length + f.rels.length + (f.states ? 1 : 0);
