import type { CyberFunction, Dataset, NodeType, Region, RelationshipType } from '../domain';
import {
  FUNCTION_TERMS,
  NODE_TYPE_TERMS,
  REGION_TERMS,
  RELATIONSHIP_TERMS,
  formatDate,
} from '../domain';

export interface ViewDescriptionInput {
  regions: readonly Region[];
  functions: readonly CyberFunction[];
  types: readonly NodeType[];
  rels: readonly RelationshipType[];
  states: boolean;
  from: string | null;
  to: string | null;
  focus: string | null;
  hops: number | null;
}

/** The active filters in words, e.g. ["region: Africa", "function: Cybercrime"]. */
export function describeView(dataset: Dataset, s: ViewDescriptionInput): string[] {
  const parts: string[] = [];
  if (s.regions.length)
    parts.push(`region: ${s.regions.map((r) => REGION_TERMS[r].label).join(' or ')}`);
  if (s.functions.length)
    parts.push(`function: ${s.functions.map((f) => FUNCTION_TERMS[f].label).join(' or ')}`);
  if (s.types.length)
    parts.push(`type: ${s.types.map((t) => NODE_TYPE_TERMS[t].label).join(' or ')}`);
  if (s.rels.length)
    parts.push(`ties: ${s.rels.map((r) => RELATIONSHIP_TERMS[r].label).join(' or ')}`);
  if (s.states) parts.push('states shown');
  if (s.from || s.to) parts.push(`period: ${s.from ?? '…'} to ${s.to ?? 'today'}`);
  if (s.focus && s.hops) {
    const node = dataset.nodeById.get(s.focus);
    parts.push(
      `within ${s.hops} step${s.hops > 1 ? 's' : ''} of ${node?.shortName ?? node?.name ?? s.focus}`,
    );
  }
  return parts;
}

/** "Data 2026.2 · status as of 25 November 2026": which release is shown, and how current it is. */
export function describeRelease(meta: { version?: string; updated?: string }): string | null {
  const parts = [
    meta.version ? `Data ${meta.version}` : null,
    meta.updated ? `status as of ${formatDate(meta.updated)}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
