import {
  endOfDate,
  isConsent,
  startOfDate,
  type DataEdge,
  type DataNode,
  type PartialDate,
  type RelationshipType,
} from '../domain';
import { edgesWithin, type ViewEdge, type VisibleGraph } from './graph';

/** A period; either end may be open. Dates are partial ISO dates ("2004", "2004-07", "2004-07-01"). */
export interface TimeRange {
  from: string | null;
  to: string | null;
}

/** What a view does with ties whose date is not known, when a period is set. */
export type UndatedTies = 'show' | 'hide';

const isSet = (range: TimeRange) => range.from !== null || range.to !== null;

const beganBy = (start: string | null | undefined, to: string | null) =>
  to === null || !start || startOfDate(start) <= endOfDate(to);

const notEndedBefore = (end: string | null | undefined, from: string | null) =>
  from === null || !end || endOfDate(end) >= startOfDate(from);

/** Whether a partial date had begun by the end of `asOf` (null: now, so any date has). */
const reached = (date: PartialDate | null | undefined, asOf: string | null): boolean =>
  Boolean(date) && (asOf === null || startOfDate(date!) <= endOfDate(asOf));

/**
 * A node stands in the period when it began on or before `to` and had not ended before `from`.
 * A partial date counts from its first day; `to` runs to the end of its period. States are timeless.
 */
export function nodeInRange(node: DataNode, range: TimeRange): boolean {
  if (node.type === 'state') return true;
  return beganBy(node.start, range.to) && notEndedBefore(node.end, range.from);
}

/**
 * A dated edge stands in the period when it began by `to` and had not ended before `from`. An
 * edge whose start is not known stands in it only as "date unknown" (see `isDateUnknown`): it is
 * never treated as if it had always existed.
 */
export function edgeInRange(edge: DataEdge, range: TimeRange): boolean {
  if (isSet(range) && !edge.start) return isDateUnknown(edge, range);
  return beganBy(edge.start, range.to) && notEndedBefore(edge.end, range.from);
}

/** With a period set, a tie with no known start that had not ended before the period. */
export function isDateUnknown(edge: DataEdge, range: TimeRange): boolean {
  return isSet(range) && !edge.start && notEndedBefore(edge.end, range.from);
}

/**
 * The time rule for a state and a treaty, as of the end of `asOf` (null: as of the data's date).
 * A state is a party from the treaty's entry into force for it. Where the chart gives no date of
 * entry into force for that state, from its consent (ratification, accession…) once the treaty
 * itself is in force (`treatyInForce`). Before that it is drawn as a signatory: it has signed, or
 * consented to a treaty not yet in force for it. Other ties keep their type.
 */
export function typeAsOf(
  edge: DataEdge,
  asOf: string | null,
  treatyInForce: PartialDate | undefined,
): RelationshipType {
  if (edge.type !== 'party-to' || !edge.stages) return edge.type;
  const inForce = edge.stages.find((s) => s.stage === 'in-force');
  if (inForce?.date) return reached(inForce.date, asOf) ? 'party-to' : 'signatory-of';
  const consent = edge.stages.find((s) => isConsent(s.stage));
  // An undated consent is known only as of the data's date.
  const consented = consent?.date ? reached(consent.date, asOf) : asOf === null;
  if (!consent?.date && asOf !== null) return edge.type; // dates unknown: shown as recorded
  return consented && reached(treatyInForce, asOf) ? 'party-to' : 'signatory-of';
}

const inForceCache = new WeakMap<object, Map<string, PartialDate>>();

/**
 * When each treaty came into force: its own `inForce`, or, where that is not recorded, the
 * earliest entry into force for any state that the charts record (it cannot have come later).
 */
export function treatiesInForce(dataset: {
  nodes: readonly DataNode[];
  edges: readonly DataEdge[];
}): ReadonlyMap<string, PartialDate> {
  const cached = inForceCache.get(dataset);
  if (cached) return cached;
  const dates = new Map<string, PartialDate>();
  for (const n of dataset.nodes) if (n.inForce) dates.set(n.id, n.inForce);
  const recorded = new Set(dates.keys());
  for (const e of dataset.edges) {
    if (e.type !== 'party-to' || recorded.has(e.target)) continue;
    const date = e.stages?.find((s) => s.stage === 'in-force')?.date;
    const known = dates.get(e.target);
    if (date && (!known || startOfDate(date) < startOfDate(known))) dates.set(e.target, date);
  }
  inForceCache.set(dataset, dates);
  return dates;
}

/**
 * The network as it stood in the period: nodes in range, dated edges in range between them with
 * their status as of the period's end, and ties of unknown date marked (or dropped when hidden).
 */
export function sliceByTime(
  graph: VisibleGraph,
  range: TimeRange,
  options: { treatiesInForce?: ReadonlyMap<string, PartialDate>; undated?: UndatedTies } = {},
): VisibleGraph {
  const set = isSet(range);
  const nodes = set ? graph.nodes.filter((n) => nodeInRange(n, range)) : graph.nodes;
  const ids = new Set(nodes.map((n) => n.id));
  const candidates = set ? edgesWithin(graph.edges, ids) : graph.edges;
  const edges: ViewEdge[] = [];
  for (const e of candidates) {
    if (set && !edgeInRange(e, range)) continue;
    const unknown = isDateUnknown(e, range);
    if (unknown && options.undated === 'hide') continue;
    const type = typeAsOf(e, range.to, options.treatiesInForce?.get(e.target));
    edges.push(
      type === e.type && !unknown
        ? e
        : { ...e, type, ...(unknown ? { dateUnknown: true as const } : {}) },
    );
  }
  return { nodes, edges };
}

/** How many of a graph's edges are drawn as "date unknown". */
export const undatedCount = (graph: VisibleGraph): number =>
  graph.edges.reduce((n, e) => n + (e.dateUnknown ? 1 : 0), 0);

/** Organizations and instruments with a valid start date: what the timeline shows. */
export function isOnTimeline(n: DataNode): boolean {
  return n.type !== 'state' && !!n.start && Number.isFinite(startOfDate(n.start));
}

const DAY_MS = 86_400_000;

/** The period as instants: from its first day to the end of its last (open ends stay open). */
export function periodOf(range: TimeRange): { from: Date | null; to: Date | null } {
  return {
    from: range.from ? new Date(startOfDate(range.from)) : null,
    to: range.to ? new Date(endOfDate(range.to) + DAY_MS) : null,
  };
}
