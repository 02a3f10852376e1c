import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../domain';
import { nodeInRange, type TimeRange, type VisibleGraph } from '../../model';
import {
  firstStartYear,
  layoutTimeline,
  timelineExtent,
  timelineFrame,
  zoomedDomain,
  type TimelineGroupBy,
} from '../../layout/timeline';
import { nodeColour } from '../../scene/networkScene';
import { TimelineSvg } from '../../render/TimelineSvg';
import { atlasStore, selectRange, useAtlas } from '../../store';
import { useElementSize } from '../../components/useElementSize';
import { useTheme } from '../../components/theme';
import { markOnce } from '../../app/marks';
import { TimelineControls } from './TimelineControls';
import { TimelineTooltip } from './TimelineTooltip';
import { periodOf, useTimelineBrush } from './useTimelineBrush';
import { usePlayback } from './usePlayback';
import { useTimelineZoom } from './useTimelineZoom';
import './timeline.css';

const setRange = (range: TimeRange) => atlasStore.getState().setRange(range);
const nodeIdAt = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;

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
  const hovered = useAtlas((s) => s.hovered);
  const selected = useAtlas((s) => s.focus);
  const range = useAtlas(useShallow(selectRange));
  const [groupBy, setGroupBy] = useState<TimelineGroupBy>('type');
  const [scrollTop, setScrollTop] = useState(0);
  const [pointer, setPointer] = useState<{ id: string; x: number; y: number } | null>(null);

  // The span comes from the whole dataset, so filtering does not move the axis under the user.
  const now = useMemo(() => new Date(), []);
  const extent = useMemo(() => timelineExtent(dataset.nodes, now), [dataset, now]);
  const lastYear = now.getUTCFullYear();
  const firstYear = useMemo(() => firstStartYear(dataset.nodes) ?? lastYear, [dataset, lastYear]);

  const frame = timelineFrame(width, height);
  const { zoom, zoomBy, resetZoom } = useTimelineZoom(svgRef, frame, height);
  const { plotLeft, plotRight } = frame;
  const domain = useMemo(
    () => zoomedDomain(extent, { plotLeft, plotRight }, zoom),
    [extent, plotLeft, plotRight, zoom],
  );
  const preferredLabels = useMemo(() => new Set(selected ? [selected] : []), [selected]);
  const layout = useMemo(
    () =>
      layoutTimeline(graph.nodes, { width, height, groupBy, extent, domain, now, preferredLabels }),
    [graph.nodes, width, height, groupBy, extent, domain, now, preferredLabels],
  );

  useTimelineBrush(brushRef, layout, range, setRange);
  const playback = usePlayback(range, setRange, firstYear, lastYear);

  const fills = useMemo(
    () => new Map(graph.nodes.map((n) => [n.id, nodeColour(n)])),
    [graph.nodes],
  );
  const outsideIds = useMemo(
    () => new Set(graph.nodes.filter((n) => !nodeInRange(n, range)).map((n) => n.id)),
    [graph.nodes, range],
  );
  // Like the network: the hovered (else selected) node and its neighbours stay lit.
  const litIds = useMemo(() => {
    const centre = hovered ?? selected;
    if (!centre) return null;
    const lit = new Set([centre]);
    for (const e of graph.edges) {
      if (e.source === centre) lit.add(e.target);
      if (e.target === centre) lit.add(e.source);
    }
    return lit;
  }, [graph.edges, hovered, selected]);

  useEffect(() => {
    if (layout.marks.length > 0) markOnce('timeline:first-render');
  }, [layout.marks.length]);

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
        onGroupBy={setGroupBy}
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
        aria-label="Timeline"
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
            label={`Timeline of ${layout.marks.length} organizations and instruments`}
            selectedId={selected}
            litIds={litIds}
            outsideIds={outsideIds}
            period={periodOf(range)}
            today={now}
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
