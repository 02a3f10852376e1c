import type { CyberFunction, Dataset, NodeType, Region, RelationshipType } from '../domain';
import { formatDate } from '../domain';
import { t } from '../i18n';
import { term, type TermGroup } from '../i18n/terms';

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
  const either = (group: TermGroup, ids: readonly string[]) =>
    ids.map((id) => term(group, id)).join(t('view.or'));
  if (s.regions.length) parts.push(t('view.region', { values: either('region', s.regions) }));
  if (s.functions.length)
    parts.push(t('view.function', { values: either('function', s.functions) }));
  if (s.types.length) parts.push(t('view.type', { values: either('type', s.types) }));
  if (s.rels.length) parts.push(t('view.ties', { values: either('rel', s.rels) }));
  if (s.states) parts.push(t('view.states'));
  if (s.from || s.to)
    parts.push(t('view.period', { from: s.from ?? '…', to: s.to ?? t('view.period.today') }));
  if (s.focus && s.hops) {
    const node = dataset.nodeById.get(s.focus);
    parts.push(t('view.within', { hops: s.hops, name: node?.shortName ?? node?.name ?? s.focus }));
  }
  return parts;
}

/** "Data 2026.2 · status as of 25 November 2026": which release is shown, and how current it is. */
export function describeRelease(meta: { version?: string; updated?: string }): string | null {
  const parts = [
    meta.version ? t('release.version', { version: meta.version }) : null,
    meta.updated ? t('release.asOf', { date: formatDate(meta.updated) }) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
