import { useT } from '../../i18n/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../domain';
import { periodOf, type TimeRange, type VisibleGraph } from '../../model';
import {
  firstStartYear,
  packTimeline,
  positionTimeline,
  playbackStartYear,
  stepMark,
  timelineExtent,
  timelineFrame,
  zoomedDomain,
  type MarkStep,
} from '../../layout/timeline';
import { litAround, outsidePeriod, timelineFills } from '../../scene/timelineScene';
import { TimelineSvg } from '../../render/TimelineSvg';
import { atlasStore, selectRange, useAtlas } from '../../store';
import { useElementSize } from '../../platform/useElementSize';
import { useTheme } from '../../store';
import { markOnce } from '../../platform/marks';
import { TimelineControls } from './TimelineControls';
import { TimelineTooltip } from './TimelineTooltip';
import { useTimelineBrush } from './useTimelineBrush';
import { usePlayback } from './usePlayback';
import { useTimelineZoom } from './useTimelineZoom';
import './timeline.css';

const setRange = (range: TimeRange) => atlasStore.getState().setRange(range);
const nodeIdAt = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;

const KEY_STEPS: Partial<Record<string, MarkStep>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

/**
 * The timeline: every dated organization and instrument of `graph` (the filtered graph, before
 * the time slice, so the period can be chosen here) against time.
 */
export function TimelineView({ dataset, graph }: { dataset: Dataset; graph: VisibleGraph }) {
  const plotRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const { width, height } = useElementSize(plotRef);
  const theme = useTheme();
  const t = useT();
  const hovered = useAtlas((s) => s.hovered);
  const selected = useAtlas((s) => s.focus);
  const range = useAtlas(useShallow(selectRange));
  const groupBy = useAtlas((s) => s.timelineGroupBy);
  const [scrollTop, setScrollTop] = useState(0);
  const [pointer, setPointer] = useState<{ id: string; x: number; y: number } | null>(null);

  // The span comes from the whole dataset, so filtering does not move the axis under the user.
  const now = useMemo(() => new Date(), []);
  const extent = useMemo(() => timelineExtent(dataset.nodes, now), [dataset, now]);
  const lastYear = now.getUTCFullYear();
  const firstYear = useMemo(() => firstStartYear(dataset.nodes) ?? lastYear, [dataset, lastYear]);
  const startYear = useMemo(
    () => playbackStartYear(dataset.nodes) ?? firstYear,
    [dataset, firstYear],
  );

  const frame = timelineFrame(width, height);
  const { zoom, zoomBy, resetZoom, centreOn } = useTimelineZoom(svgRef, frame, height, extent);
  // The zoom carries the plot it was made for, so a resize does not shift the period shown.
  const domain = useMemo(() => zoomedDomain(extent, zoom, zoom), [extent, zoom]);
  const preferredLabels = useMemo(() => new Set(selected ? [selected] : []), [selected]);
  // Lanes and rows change with the data and the size; a zoom step only places marks and labels.
  // Lane names and marks' descriptions are words: a new language packs again.
  const packed = useMemo(
    () => packTimeline(graph.nodes, { width, height, groupBy, extent, now }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph.nodes, width, height, groupBy, extent, now, t.locale],
  );
  const layout = useMemo(
    () => positionTimeline(packed, domain, preferredLabels),
    [packed, domain, preferredLabels],
  );

  useTimelineBrush(brushRef, layout, range, setRange);
  const playback = usePlayback(range, setRange, startYear, lastYear);

  const fills = useMemo(() => timelineFills(graph.nodes), [graph.nodes]);
  const outsideIds = useMemo(() => outsidePeriod(graph.nodes, range), [graph.nodes, range]);
  // Like the network: the hovered (else selected) node and its neighbours stay lit.
  const litIds = useMemo(
    () => litAround(graph.edges, hovered ?? selected),
    [graph.edges, hovered, selected],
  );

  useEffect(() => {
    if (layout.marks.length > 0) markOnce('timeline:first-render');
  }, [layout.marks.length]);

  // What the timeline shows lives in the store, so an export draws the same.
  useEffect(() => {
    atlasStore.getState().setViewport('timeline', {
      domain: [domain[0].getTime(), domain[1].getTime()],
      width,
      height,
      scrollTop,
    });
  }, [domain, width, height, scrollTop]);

  // Keyboard: the marks share one tab stop (the last focused mark, else the selection, else the
  // first mark); arrow keys, Home and End move it.
  const [tabStop, setTabStop] = useState<string | null>(null);
  const tabStopId = useMemo(() => {
    const shown = (id: string | null) => !!id && layout.marks.some((m) => m.id === id);
    if (shown(tabStop)) return tabStop;
    if (shown(selected)) return selected;
    return stepMark(layout.marks, null, 'first');
  }, [layout.marks, tabStop, selected]);

  // Handlers read what is on screen now, not what was when they were made.
  const current = useRef({ layout });
  current.current = { layout };
  /** Pan and scroll, as little as needed, so a mark is on screen. */
  const reveal = useCallback(
    (id: string, smooth: boolean) => {
      const plot = plotRef.current;
      const { layout: l } = current.current;
      const m = l.marks.find((x) => x.id === id);
      if (!plot || !m) return;
      const { plotLeft, plotRight, lanesTop } = l.frame;
      const margin = 12;
      const inTime =
        m.kind === 'bar'
          ? m.x <= plotRight - margin && Math.max(m.xEnd, m.x + 3) >= plotLeft + margin
          : m.x >= plotLeft + margin && m.x <= plotRight - margin;
      if (!inTime) centreOn(l.scale.invert(m.x));
      const top = plot.scrollTop + lanesTop + l.rowHeight;
      const bottom = plot.scrollTop + plot.clientHeight - l.rowHeight;
      if (m.y < top || m.y > bottom)
        plot.scrollTo({
          top: m.y - (lanesTop + plot.clientHeight) / 2,
          behavior: smooth ? 'smooth' : 'auto',
        });
    },
    [centreOn],
  );

  // A node chosen in search or the details panel: bring its mark into view (it is highlighted as
  // the selection). Waits for a laid-out timeline, so a request made in another view counts too.
  const centred = useAtlas((s) => s.centred);
  const handled = useRef<string | null>(null);
  const revealAgain = useRef<{ id: string; until: number } | null>(null);
  useEffect(() => {
    if (!centred) handled.current = null;
    if (!centred || centred === handled.current) return;
    if (width === 0 || layout.marks.length === 0) return;
    handled.current = centred;
    if (!layout.marks.some((m) => m.id === centred)) return;
    setTabStop(centred);
    reveal(centred, true);
    revealAgain.current = { id: centred, until: Date.now() + 1500 };
  }, [centred, layout, width, reveal]);
  // Selecting a node often opens the details panel, which narrows the timeline just after the
  // pan began: look again once the size has settled.
  useEffect(() => {
    const again = revealAgain.current;
    if (again && Date.now() < again.until) reveal(again.id, true);
  }, [width, height, reveal]);

  const onKeyDown = useCallback((e: React.KeyboardEvent) => {
    const id = nodeIdAt(e.target);
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      atlasStore.getState().focusNode(id);
      return;
    }
    const step = KEY_STEPS[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = stepMark(current.current.layout.marks, id, step);
    if (!next || next === id) return;
    svgRef.current
      ?.querySelector<SVGGElement>(`.mark[data-node-id="${CSS.escape(next)}"]`)
      ?.focus({ preventScroll: true });
  }, []);

  const onHover = useCallback((e: React.PointerEvent) => {
    const id = nodeIdAt(e.target);
    if (id !== atlasStore.getState().hovered) atlasStore.getState().setHovered(id);
    setPointer(id ? { id, x: e.clientX, y: e.clientY } : null);
  }, []);

  const tooltipNode = pointer ? dataset.nodeById.get(pointer.id) : undefined;
  return (
    <div className="timeline-view">
      <TimelineControls
        groupBy={groupBy}
        onGroupBy={atlasStore.getState().setTimelineGroupBy}
        onZoomIn={() => zoomBy(1.6)}
        onZoomOut={() => zoomBy(1 / 1.6)}
        onResetZoom={resetZoom}
        hasPeriod={range.from !== null || range.to !== null}
        onClearPeriod={() => {
          playback.stop();
          setRange({ from: null, to: null });
        }}
        firstYear={firstYear}
        lastYear={lastYear}
        year={playback.year}
        onYear={(year) => {
          playback.stop();
          setRange({ from: null, to: String(year) });
        }}
        playing={playback.playing}
        onPlay={playback.toggle}
      />
      {/* The lanes can be taller than the screen: the plot scrolls, the drawing stays put (sticky)
          and draws the scrolled window, so the axis and brush strip are always in view. */}
      <div
        className="timeline-plot"
        ref={plotRef}
        tabIndex={0}
        role="region"
        aria-label={t('toolbar.view.timeline')}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onWheel={(e) => {
          // The wheel zooms time; Shift+wheel scrolls the lanes instead.
          if (e.shiftKey) e.currentTarget.scrollTop += e.deltaY || e.deltaX;
        }}
      >
        <div className="timeline-sticky" style={{ height }}>
          <TimelineSvg
            svgRef={svgRef}
            brushRef={brushRef}
            viewport={{ top: scrollTop, height }}
            layout={layout}
            width={width}
            theme={theme}
            fills={fills}
            label={t('timeline.label', { count: layout.marks.length })}
            selectedId={selected}
            litIds={litIds}
            outsideIds={outsideIds}
            period={periodOf(range)}
            today={now}
            tabStopId={tabStopId}
            onKeyDown={onKeyDown}
            onFocus={(e) => {
              const id = nodeIdAt(e.target);
              if (!id) return;
              setTabStop(id);
              reveal(id, false);
            }}
            onPointerOver={onHover}
            onPointerMove={onHover}
            onPointerLeave={() => {
              atlasStore.getState().setHovered(null);
              setPointer(null);
            }}
            onClick={(e) => {
              const id = nodeIdAt(e.target);
              if (id) atlasStore.getState().focusNode(id);
            }}
          />
        </div>
        <div style={{ height: Math.max(0, layout.height - height) }} aria-hidden="true" />
        {tooltipNode && pointer && (
          <TimelineTooltip node={tooltipNode} x={pointer.x} y={pointer.y} />
        )}
      </div>
    </div>
  );
}
