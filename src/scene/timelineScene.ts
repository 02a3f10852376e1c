import { t } from '../i18n';
import type { DataEdge, DataNode } from '../domain';
import { isOnTimeline, nodeInRange, type TimeRange } from '../model';
import { legendFor, nodeColour, type LegendEntry } from './networkScene';

/**
 * What the timeline draws besides its layout: colours, emphasis and legend. Shared by the
 * screen and export so both show the same thing.
 */

export type TimelineLegendEntry =
  | Extract<LegendEntry, { group: 'colour' }>
  | { group: 'mark'; label: string; mark: 'bar' | 'point' };

/** Each mark in its node's colour in the network, so the two views read alike. */
export const timelineFills = (nodes: readonly DataNode[]): Map<string, string> =>
  new Map(nodes.map((n) => [n.id, nodeColour(n)]));

/** Marks outside the chosen period, which are drawn faint. */
export const outsidePeriod = (nodes: readonly DataNode[], range: TimeRange): Set<string> =>
  new Set(nodes.filter((n) => !nodeInRange(n, range)).map((n) => n.id));

/** A node and its neighbours, which stay lit while the rest dims; null when nothing is centred. */
export function litAround(edges: readonly DataEdge[], centre: string | null): Set<string> | null {
  if (!centre) return null;
  const lit = new Set([centre]);
  for (const e of edges) {
    if (e.source === centre) lit.add(e.target);
    if (e.target === centre) lit.add(e.source);
  }
  return lit;
}

/** Legend entries for the marks on the timeline: their colours and the two kinds of mark. */
export function timelineLegend(nodes: readonly DataNode[]): TimelineLegendEntry[] {
  const dated = nodes.filter(isOnTimeline);
  const colours = legendFor({ nodes: dated, edges: [] }).filter(
    (e): e is Extract<LegendEntry, { group: 'colour' }> => e.group === 'colour',
  );
  const marks: TimelineLegendEntry[] = [];
  if (dated.some((n) => n.type === 'organization'))
    marks.push({ group: 'mark', label: t('legend.mark.bar'), mark: 'bar' });
  if (dated.some((n) => n.type === 'instrument'))
    marks.push({ group: 'mark', label: t('legend.mark.point'), mark: 'point' });
  return [...colours, ...marks];
}
