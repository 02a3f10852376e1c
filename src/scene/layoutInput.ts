import type { Dataset } from '../domain';
import type { LayoutInput } from '../layout/forceLayout';
import type { VisibleGraph } from '../model';
import { nodeRadius } from './networkScene';

/** What the force layout needs of a visible graph: nodes with their drawn size, and ties. */
export function layoutInput(dataset: Dataset, graph: VisibleGraph): LayoutInput {
  return {
    nodes: graph.nodes.map((n) => {
      const degree = dataset.degree.get(n.id) ?? 0;
      return { id: n.id, degree, radius: nodeRadius(n.type, degree) };
    }),
    links: graph.edges.map((e) => ({
      source: e.source,
      target: e.target,
      strength:
        e.type === 'member-of' || e.type === 'party-to' || e.type === 'signatory-of' ? 0.5 : 1,
    })),
  };
}
