import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain';
import { FUNCTION_TERMS, NODE_TYPE_TERMS, REGION_TERMS, RELATIONSHIP_TERMS } from '../domain';
import type { VisibleGraph } from '../model';
import { selectUrlState, useAtlas } from '../store';

/** "Showing N of M nodes", and in words which filters are on. */
export function StatusLine({ dataset, graph }: { dataset: Dataset; graph: VisibleGraph }) {
  const s = useAtlas(useShallow(selectUrlState));
  const parts: string[] = [];
  if (s.regions.length) parts.push(`region: ${s.regions.map((r) => REGION_TERMS[r].label).join(' or ')}`);
  if (s.functions.length) parts.push(`function: ${s.functions.map((f) => FUNCTION_TERMS[f].label).join(' or ')}`);
  if (s.types.length) parts.push(`type: ${s.types.map((t) => NODE_TYPE_TERMS[t].label).join(' or ')}`);
  if (s.rels.length) parts.push(`ties: ${s.rels.map((r) => RELATIONSHIP_TERMS[r].label).join(' or ')}`);
  if (s.states) parts.push('states shown');
  if (s.from || s.to) parts.push(`period: ${s.from ?? '…'}–${s.to ?? '…'}`);
  if (s.focus && s.hops) parts.push(`within ${s.hops} step${s.hops > 1 ? 's' : ''} of ${dataset.nodeById.get(s.focus)?.shortName ?? s.focus}`);
  return (
    <p className="status-line" role="status">
      Showing {graph.nodes.length} of {dataset.nodes.length} nodes · {graph.edges.length} ties
      {parts.length > 0 ? ` · ${parts.join('; ')}` : ''}
    </p>
  );
}
