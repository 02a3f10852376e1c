import { scaleUtc, type ScaleTime } from 'd3-scale';
import { BoxGrid, overlaps, type Box } from '../geometry/boxGrid';
import { isOnTimeline, type TimelineGrouping } from '../model';
import { endOfDate, formatDate, FUNCTIONS, REGIONS, startOfDate, type DataNode } from '../domain';
import { t } from '../i18n';
import { term } from '../i18n/terms';

/**
 * The timeline layout: organizations as bars over their lifetime, instruments as points at
 * adoption (with a line to entry into force), in lanes, packed into rows, with labels chosen
 * so they never overlap. Pure: no React, no DOM.
 */

export type TimelineGroupBy = TimelineGrouping;

export const TIMELINE_GROUPINGS: readonly { value: TimelineGroupBy }[] = [
  { value: 'type' },
  { value: 'region' },
  { value: 'function' },
];

export interface TimelineOptions {
  width: number;
  height: number;
  groupBy: TimelineGroupBy;
  /** The period on screen (zoomed and panned). Defaults to `extent`. */
  domain?: [Date, Date];
  /**
   * The whole span the view can show. Rows are packed at this scale, so they stay put while the
   * user zooms (zooming in only widens gaps). Defaults to the span of the nodes.
   */
  extent?: [Date, Date];
  /** Where ongoing organizations end. Tests pass a fixed date. */
  now?: Date;
  /** Ids whose labels are placed before all others (the selection). */
  preferredLabels?: ReadonlySet<string>;
}

/** Where the parts of the drawing go, in pixels. */
export interface TimelineFrame {
  plotLeft: number;
  plotRight: number;
  axisY: number;
  brushY: number;
  brushHeight: number;
  lanesTop: number;
  lanesBottom: number;
}

export interface TimelineLane {
  key: string;
  label: string;
  y: number;
  height: number;
  rows: number;
}

export interface TimelineMark {
  id: string;
  kind: 'bar' | 'point';
  lane: string;
  row: number;
  x: number;
  /** Bars: the end (or today). Points: the entry into force, or `x` when there is none. */
  xEnd: number;
  y: number;
  label: string;
  labelVisible: boolean;
  /** Where the label hangs from and its baseline: `start` runs right of labelX, `end` stops at it. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** The label sits on the mark's own bar (nothing else had room), so it needs a plate to stay legible. */
  labelOnBar: boolean;
  /** Name, kind and dates, for a tooltip or `<title>`. */
  title: string;
  /** What a screen reader announces for the mark: its name and its year(s). */
  accessibleName: string;
}

export interface TimelineLayout {
  frame: TimelineFrame;
  lanes: TimelineLane[];
  marks: TimelineMark[];
  scale: ScaleTime<number, number>;
  domain: [Date, Date];
  extent: [Date, Date];
  rowHeight: number;
  /** Height the content needs: at least the height asked for, more when the lanes do not fit. */
  height: number;
}

// Geometry, in pixels.
const GRID_CELL = 64;
const LANE_GUTTER = 132;
const RIGHT_MARGIN = 16;
const AXIS_Y = 24;
const BRUSH_HEIGHT = 18;
const LANES_GAP = 10;
const BOTTOM_MARGIN = 8;
const LANE_PAD = 6;
const LANE_MIN_HEIGHT = 26;
const MIN_ROW_HEIGHT = 12;
const MAX_ROW_HEIGHT = 22;
export const POINT_SIZE = 9;
export const BAR_HEIGHT = 8;
const MIN_BAR_WIDTH = 3;
/** Space kept between two marks in a row, so they never touch. */
const ROW_GAP = 4;
export const TIMELINE_LABEL_SIZE = 11;
const CHAR_WIDTH = 0.56 * TIMELINE_LABEL_SIZE;
const LABEL_MAX_CHARS = 32;
const DAY_MS = 86_400_000;

export function timelineFrame(width: number, height: number): TimelineFrame {
  // Narrow screens give the lane labels less room rather than squeezing the plot to nothing.
  const plotLeft = Math.min(LANE_GUTTER, Math.max(72, width * 0.2));
  const brushY = AXIS_Y + 4;
  return {
    plotLeft,
    plotRight: Math.max(plotLeft + 40, width - RIGHT_MARGIN),
    axisY: AXIS_Y,
    brushY,
    brushHeight: BRUSH_HEIGHT,
    lanesTop: brushY + BRUSH_HEIGHT + LANES_GAP,
    lanesBottom: Math.max(
      brushY + BRUSH_HEIGHT + LANES_GAP + LANE_MIN_HEIGHT,
      height - BOTTOM_MARGIN,
    ),
  };
}

export { isOnTimeline };

export interface Span {
  node: DataNode;
  kind: 'bar' | 'point';
  start: number;
  end: number;
}

function spanOf(n: DataNode, now: number): Span {
  const start = startOfDate(n.start!);
  if (n.type === 'organization') {
    const end = n.end ? endOfDate(n.end) + DAY_MS : now;
    return { node: n, kind: 'bar', start, end: Math.max(start, end) };
  }
  const inForce = n.inForce ? startOfDate(n.inForce) : NaN;
  return {
    node: n,
    kind: 'point',
    start,
    end: Number.isFinite(inForce) ? Math.max(start, inForce) : start,
  };
}

/** The span of the dated nodes, from a little before the first start to a little after today. */
export function timelineExtent(nodes: readonly DataNode[], now: Date = new Date()): [Date, Date] {
  let first = Infinity;
  let last = now.getTime();
  for (const n of nodes) {
    if (!isOnTimeline(n)) continue;
    const s = spanOf(n, now.getTime());
    first = Math.min(first, s.start);
    last = Math.max(last, s.end);
  }
  if (!Number.isFinite(first)) first = last - 10 * 365 * DAY_MS;
  // A margin so the first point and "today" are not flush against the edges.
  const pad = Math.max(180 * DAY_MS, (last - first) * 0.02);
  return [new Date(first - pad), new Date(last + pad)];
}

/** The year of the earliest start on the timeline (the first step of "as of" playback). */
export function firstStartYear(nodes: readonly DataNode[]): number | null {
  let first = Infinity;
  for (const n of nodes) if (isOnTimeline(n)) first = Math.min(first, startOfDate(n.start!));
  return Number.isFinite(first) ? new Date(first).getUTCFullYear() : null;
}

/**
 * Where "as of" playback starts unless the user picked a year: the year by which a tenth of the
 * dated nodes had begun. Before it the record holds a handful of general bodies (the ITU in 1865,
 * the UN in 1945), and stepping through a century of near-empty years only makes people wait.
 */
export function playbackStartYear(nodes: readonly DataNode[], share = 0.1): number | null {
  const starts = nodes
    .filter(isOnTimeline)
    .map((n) => startOfDate(n.start!))
    .sort((a, b) => a - b);
  if (starts.length === 0) return null;
  return new Date(starts[Math.floor(share * (starts.length - 1))]).getUTCFullYear();
}

/** The period on screen after zooming by `k` and panning by `x` (a d3-zoom transform), on x only. */
export function zoomedDomain(
  extent: [Date, Date],
  plot: { plotLeft: number; plotRight: number },
  t: { k: number; x: number },
): [Date, Date] {
  const base = scaleUtc().domain(extent).range([plot.plotLeft, plot.plotRight]);
  return [base.invert((plot.plotLeft - t.x) / t.k), base.invert((plot.plotRight - t.x) / t.k)];
}

interface LaneKey {
  key: string;
  label: string;
  order: number;
}

function laneOf(n: DataNode, groupBy: TimelineGroupBy): LaneKey {
  if (groupBy === 'type') {
    return {
      key: n.type,
      label: term('type', n.type, 'plural'),
      order: n.type === 'organization' ? 0 : 1,
    };
  }
  if (groupBy === 'region') {
    const r = n.regions[0];
    return r
      ? { key: r, label: term('region', r), order: REGIONS.indexOf(r) }
      : { key: 'none', label: t('timeline.lane.noRegion'), order: 99 };
  }
  const f = n.functions[0];
  return f
    ? { key: f, label: term('function', f), order: FUNCTIONS.indexOf(f) }
    : { key: 'none', label: t('timeline.lane.noFunction'), order: 99 };
}

export const timelineLabelText = (n: DataNode): string => {
  const text = n.shortName ?? n.name;
  return text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1)}…` : text;
};

/** "Adopted 23 November 2001 · in force 1 July 2004", "Founded 2004 · ended 2021". */
export function describeDates(n: DataNode): string {
  const parts: string[] = [];
  const type = n.type;
  if (n.start) parts.push(t('timeline.dates.start', { type, date: formatDate(n.start) }));
  if (n.inForce) parts.push(t('timeline.dates.inForce', { date: formatDate(n.inForce) }));
  if (n.end) parts.push(t('timeline.dates.end', { type, date: formatDate(n.end) }));
  return parts.join(' · ');
}

const yearOf = (date: string) => date.slice(0, 4);

/** "Convention on Cybercrime (Budapest Convention), 2001"; an ended body gets "1990–2021". */
export function markAccessibleName(n: DataNode): string {
  const years = n.start ? (n.end ? `${yearOf(n.start)}–${yearOf(n.end)}` : yearOf(n.start)) : '';
  // The name starts with the words on screen (WCAG 2.5.3), so "EU" or a shortened label can
  // be spoken to select the mark: "Budapest Convention — Convention on Cybercrime, 2001".
  const label = timelineLabelText(n);
  const name = label === n.name ? n.name : `${label} — ${n.name}`;
  return years ? `${name}, ${years}` : name;
}

export function describeMark(n: DataNode): string {
  const name = n.shortName && n.shortName !== n.name ? `${n.shortName} — ${n.name}` : n.name;
  return `${name}\n${term('kind', n.kind)}\n${describeDates(n)}`;
}

/**
 * Greedy interval partitioning: in order of start, each mark goes into the first row whose last
 * mark ends before it begins. Returns the row of each item and the number of rows.
 */
export function packRows(extents: readonly { x0: number; x1: number }[]): {
  rows: number[];
  count: number;
} {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a].x0 - extents[b].x0 || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length);
  for (const i of order) {
    let row = rowEnds.findIndex((end) => end + ROW_GAP <= extents[i].x0);
    if (row === -1) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = extents[i].x1;
    rows[i] = row;
  }
  return { rows, count: rowEnds.length };
}

/** The pixels a mark covers along x: a bar never thinner than MIN_BAR_WIDTH, a point its glyph. */
function markExtent(kind: 'bar' | 'point', x: number, xEnd: number) {
  return kind === 'bar'
    ? { x0: x, x1: Math.max(xEnd, x + MIN_BAR_WIDTH) }
    : { x0: x - POINT_SIZE / 2, x1: Math.max(xEnd, x + POINT_SIZE / 2) };
}

export const timelineLabelWidth = (text: string) => text.length * CHAR_WIDTH;

/** The box a label takes, from its anchor and baseline. */
export function labelBox(
  m: Pick<TimelineMark, 'label' | 'labelX' | 'labelY'> & { labelAnchor?: 'start' | 'end' },
): Box {
  const width = timelineLabelWidth(m.label);
  const x0 = m.labelAnchor === 'end' ? m.labelX - width : m.labelX;
  // Cap height above the baseline, a little descender below: fits a row of MIN_ROW_HEIGHT.
  return {
    x0,
    y0: m.labelY - TIMELINE_LABEL_SIZE * 0.75,
    x1: x0 + width,
    y1: m.labelY + TIMELINE_LABEL_SIZE * 0.25,
  };
}

function markBox(m: TimelineMark): Box {
  const e = markExtent(m.kind, m.x, m.xEnd);
  const half = (m.kind === 'bar' ? BAR_HEIGHT : POINT_SIZE) / 2;
  return { x0: e.x0, y0: m.y - half, x1: e.x1, y1: m.y + half };
}

interface LabelSpot {
  labelX: number;
  labelAnchor: 'start' | 'end';
  labelOnBar: boolean;
}

/**
 * Where a label may go. Bars: just before their start, in the room rows leave before a bar
 * begins (the label then never hides the bar), else over their start, kept inside the plot while
 * the bar runs on screen. Points: on their right, else on their left. Labels left of a mark end
 * at it, so a label wider than estimated grows away from the mark, not into it.
 */
function labelCandidates(m: TimelineMark, frame: TimelineFrame): LabelSpot[] {
  if (m.kind === 'bar')
    return [
      { labelX: m.x - 4, labelAnchor: 'end', labelOnBar: false },
      { labelX: Math.max(m.x, frame.plotLeft) + 3, labelAnchor: 'start', labelOnBar: true },
    ];
  const gap = POINT_SIZE / 2 + 3;
  return [
    { labelX: m.x + gap, labelAnchor: 'start', labelOnBar: false },
    { labelX: m.x - gap, labelAnchor: 'end', labelOnBar: false },
  ];
}

/**
 * Choose which labels show. A label shows only if its box is inside the plot and free of other
 * labels and other marks; the rest wait for the user to zoom in. Order: preferred ids, then the
 * widest marks, which have the most room.
 */
function placeLabels(marks: TimelineMark[], frame: TimelineFrame, preferred: ReadonlySet<string>) {
  // Only marks on screen (in time) take a label; every mark on screen is an obstacle.
  const onScreen = marks.filter(
    (m) => markExtent(m.kind, m.x, m.xEnd).x1 >= frame.plotLeft && m.x <= frame.plotRight,
  );
  const obstacles = new BoxGrid<Box & { id: string }>(GRID_CELL);
  // A bar running far off screen is cut at the plot's edges: only what is on screen can collide.
  for (const m of onScreen) {
    const b = markBox(m);
    obstacles.add({
      id: m.id,
      x0: Math.max(b.x0, frame.plotLeft - 1),
      y0: b.y0,
      x1: Math.min(b.x1, frame.plotRight + 1),
      y1: b.y1,
    });
  }
  const taken = new BoxGrid<Box>(GRID_CELL);
  const ordered = onScreen.sort(
    (a, b) =>
      Number(preferred.has(b.id)) - Number(preferred.has(a.id)) ||
      b.xEnd - b.x - (a.xEnd - a.x) ||
      // Code-unit order: stable across locales, and cheap for 10,000 marks.
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const isFree = (m: TimelineMark, box: Box) =>
    box.x0 >= frame.plotLeft &&
    box.x1 <= frame.plotRight &&
    !taken.some(box, (t) => overlaps(t, box)) &&
    !obstacles.some(box, (o) => o.id !== m.id && overlaps(o, box));
  for (const m of ordered) {
    const labelY = m.y + TIMELINE_LABEL_SIZE * 0.35;
    for (const spot of labelCandidates(m, frame)) {
      const box = labelBox({ label: m.label, labelY, ...spot });
      if (!isFree(m, box)) continue;
      Object.assign(m, { ...spot, labelY, labelVisible: true });
      taken.add(box);
      break;
    }
  }
}

/**
 * The part of a timeline layout that depends on the data and the size, not on the zoom: marks
 * sorted into lanes and packed into rows (at the unzoomed scale, so rows stay put while the user
 * zooms). Computed once per data or size change; `positionTimeline` places it for each zoom.
 */
export interface PackedTimeline {
  frame: TimelineFrame;
  extent: [Date, Date];
  lanes: TimelineLane[];
  /** Each mark's span and row position; x comes with the zoom. */
  marks: {
    span: Span;
    lane: string;
    row: number;
    y: number;
    label: string;
    title: string;
    accessibleName: string;
  }[];
  rowHeight: number;
  height: number;
}

export function packTimeline(
  nodes: readonly DataNode[],
  options: Omit<TimelineOptions, 'domain' | 'preferredLabels'>,
): PackedTimeline {
  const now = (options.now ?? new Date()).getTime();
  const frame = timelineFrame(options.width, options.height);
  const spans = nodes.filter(isOnTimeline).map((n) => spanOf(n, now));
  const extent = options.extent ?? timelineExtent(nodes, new Date(now));
  const packingScale = scaleUtc().domain(extent).range([frame.plotLeft, frame.plotRight]);

  // Lanes, in taxonomy order, each with its marks packed into rows at the unzoomed scale.
  const byLane = new Map<string, { lane: LaneKey; spans: Span[] }>();
  for (const s of spans) {
    const lane = laneOf(s.node, options.groupBy);
    if (!byLane.has(lane.key)) byLane.set(lane.key, { lane, spans: [] });
    byLane.get(lane.key)!.spans.push(s);
  }
  const groups = [...byLane.values()].sort((a, b) => a.lane.order - b.lane.order);
  const packed = groups.map((g) =>
    packRows(g.spans.map((s) => markExtent(s.kind, packingScale(s.start), packingScale(s.end)))),
  );

  // Rows share the height available, within bounds; when they cannot fit, the content grows.
  const totalRows = packed.reduce((sum, p) => sum + p.count, 0);
  const padding = groups.length * LANE_PAD * 2;
  const available = frame.lanesBottom - frame.lanesTop - padding;
  const rowHeight = Math.max(
    MIN_ROW_HEIGHT,
    Math.min(MAX_ROW_HEIGHT, Math.floor(available / Math.max(1, totalRows))),
  );

  const lanes: TimelineLane[] = [];
  const marks: PackedTimeline['marks'] = [];
  let y = frame.lanesTop;
  groups.forEach((g, i) => {
    const { rows, count } = packed[i];
    const height = Math.max(LANE_MIN_HEIGHT, count * rowHeight + LANE_PAD * 2);
    lanes.push({ key: g.lane.key, label: g.lane.label, y, height, rows: count });
    g.spans.forEach((s, j) => {
      marks.push({
        span: s,
        lane: g.lane.key,
        row: rows[j],
        y: y + LANE_PAD + rows[j] * rowHeight + rowHeight / 2,
        label: timelineLabelText(s.node),
        title: describeMark(s.node),
        accessibleName: markAccessibleName(s.node),
      });
    });
    y += height;
  });
  return {
    frame,
    extent,
    lanes,
    marks,
    rowHeight,
    height: Math.max(options.height, y + BOTTOM_MARGIN),
  };
}

/** A packed timeline at one zoom: marks placed in time, and the labels that fit placed. */
export function positionTimeline(
  packed: PackedTimeline,
  domain: [Date, Date] = packed.extent,
  preferredLabels: ReadonlySet<string> = new Set(),
): TimelineLayout {
  const { frame } = packed;
  const scale = scaleUtc().domain(domain).range([frame.plotLeft, frame.plotRight]);
  const marks: TimelineMark[] = packed.marks.map((p) => {
    const x = scale(p.span.start);
    return {
      id: p.span.node.id,
      kind: p.span.kind,
      lane: p.lane,
      row: p.row,
      x,
      xEnd: scale(p.span.end),
      y: p.y,
      label: p.label,
      labelVisible: false,
      labelX: x,
      labelY: p.y,
      labelAnchor: 'start',
      labelOnBar: false,
      title: p.title,
      accessibleName: p.accessibleName,
    };
  });
  placeLabels(marks, frame, preferredLabels);
  return {
    frame,
    lanes: packed.lanes,
    marks,
    scale,
    domain,
    extent: packed.extent,
    rowHeight: packed.rowHeight,
    height: packed.height,
  };
}

/** Lay out every dated organization and instrument among `nodes` (states and undated nodes are left out). */
export function layoutTimeline(
  nodes: readonly DataNode[],
  options: TimelineOptions,
): TimelineLayout {
  return positionTimeline(packTimeline(nodes, options), options.domain, options.preferredLabels);
}

export type MarkStep = 'previous' | 'next' | 'up' | 'down' | 'first' | 'last';

const byTime = (a: TimelineMark, b: TimelineMark) =>
  a.x - b.x || a.y - b.y || a.id.localeCompare(b.id);

/**
 * Keyboard travel between marks. Previous/next, first/last: in time, within the mark's lane.
 * Up/down: to the row above or below (across lanes), to the mark nearest in time.
 * Returns the id to move to; with no current mark, the first mark of the first lane.
 */
export function stepMark(
  marks: readonly TimelineMark[],
  fromId: string | null,
  step: MarkStep,
): string | null {
  const from = fromId ? marks.find((m) => m.id === fromId) : undefined;
  if (!from) return [...marks].sort((a, b) => a.y - b.y || byTime(a, b))[0]?.id ?? null;
  if (step === 'up' || step === 'down') {
    const rows = [...new Set(marks.map((m) => m.y))].sort((a, b) => a - b);
    const y = rows[rows.indexOf(from.y) + (step === 'down' ? 1 : -1)];
    if (y === undefined) return from.id;
    // Distance in time to a mark's span, so a long bar above counts as near.
    const gap = (m: TimelineMark) => Math.max(0, m.x - from.x, from.x - Math.max(m.x, m.xEnd));
    return marks.filter((m) => m.y === y).reduce((best, m) => (gap(m) < gap(best) ? m : best)).id;
  }
  const lane = marks.filter((m) => m.lane === from.lane).sort(byTime);
  const i = lane.indexOf(from);
  const target =
    step === 'first'
      ? lane[0]
      : step === 'last'
        ? lane[lane.length - 1]
        : lane[Math.min(lane.length - 1, Math.max(0, i + (step === 'next' ? 1 : -1)))];
  return target.id;
}
