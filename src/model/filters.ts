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
 * States have no functions of their own: under a function filter (or a type filter naming
 * organizations or instruments) they follow the bodies, showing only when tied to one that
 * shows. The region filter applies to states directly.
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

/** Whether states show only when tied to a body that shows (see GraphFilters). */
export const statesFollowBodies = (f: GraphFilters): boolean =>
  f.states && (f.functions.length > 0 || f.types.some((t) => t !== 'state'));

/** The subgraph the filters let through: matching nodes, and the edges of selected types between them. */
export function filterGraph(dataset: Dataset, f: GraphFilters): VisibleGraph {
  let nodes = dataset.nodes.filter((n) => nodeMatches(n, f));
  if (statesFollowBodies(f)) {
    // The bodies states follow: those the filters let through, also when the type filter asks
    // for states alone ("states in cybercrime bodies").
    const bodyFilter = { ...f, types: f.types.filter((t) => t !== 'state') };
    const bodies = new Set(
      dataset.nodes
        .filter((n) => n.type !== 'state' && nodeMatches(n, bodyFilter))
        .map((n) => n.id),
    );
    const tiedToABody = (id: string) =>
      (dataset.edgesByNode.get(id) ?? []).some(
        (e) =>
          (f.rels.length === 0 || f.rels.includes(e.type)) &&
          bodies.has(e.source === id ? e.target : e.source),
      );
    nodes = nodes.filter((n) => n.type !== 'state' || tiedToABody(n.id));
  }
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
 * the facet's only choice, the other facets staying as they are. A function is a property of
 * organizations and instruments, so its count is of those alone, not of the states that follow
 * them.
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
        if (facet === 'functions')
          return [
            option,
            dataset.nodes.reduce(
              (n, node) => n + (node.type !== 'state' && nodeMatches(node, only) ? 1 : 0),
              0,
            ),
          ];
        return [option, filterGraph(dataset, { ...only, rels: [] }).nodes.length];
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
