import { useCallback, useEffect, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import 'd3-transition';
import type { TimelineFrame } from '../../layout/timeline';
import { atlasStore } from '../../store';

/** A d3-zoom transform on x, with the plot it was made for (its pixels mean nothing without it). */
export interface TimeZoom {
  k: number;
  x: number;
  plotLeft: number;
  plotRight: number;
}

const MAX_ZOOM = 400; // about a month across the screen for a century and a half of data

/**
 * The same zoom for a plot of another size: the same part of the time span stays on screen.
 * Without this, opening the details panel would shift the period under the user.
 */
export function rescaleZoom(z: TimeZoom, plotLeft: number, plotRight: number): TimeZoom {
  const width = z.plotRight - z.plotLeft;
  // Where the left edge of the plot falls in the whole span, from 0 (its start) to 1 (its end).
  const start = width > 0 ? ((z.plotLeft - z.x) / z.k - z.plotLeft) / width : 0;
  return {
    k: z.k,
    x: plotLeft - z.k * (plotLeft + start * (plotRight - plotLeft)),
    plotLeft,
    plotRight,
  };
}

/**
 * d3-zoom on the timeline SVG, in time only: wheel and drag change `k` and `x`; the y part of
 * d3's transform is ignored. Zoom never goes below 1, so the full span is the widest view.
 */
export function useTimelineZoom(
  svgRef: React.RefObject<SVGSVGElement | null>,
  frame: TimelineFrame,
  height: number,
  extent: [Date, Date],
) {
  const [zoom, setZoom] = useState<TimeZoom>({ k: 1, x: 0, plotLeft: 0, plotRight: 1 });
  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const { plotLeft, plotRight } = frame;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const area: [[number, number], [number, number]] = [
      [plotLeft, 0],
      [plotRight, Math.max(1, height)],
    ];
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent(area)
      .translateExtent(area)
      .filter((event: Event) => {
        if (event.type === 'dblclick') return false;
        // Shift+wheel is left to the view, which scrolls the lanes with it.
        if (event.type === 'wheel' && (event as WheelEvent).shiftKey) return false;
        // The brush strip belongs to d3-brush: dragging there picks a period.
        if ((event.target as Element | null)?.closest?.('.brush')) return false;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event) => {
        // Zoomed by hand: a node chosen earlier is no longer kept in view.
        if (event.sourceEvent) atlasStore.getState().movedByUser();
        setZoom({ k: event.transform.k, x: event.transform.x, plotLeft, plotRight });
      });
    behaviourRef.current = behaviour;
    select(svg).call(behaviour);
    // The plot changed size: carry the zoom over, so the same period stays on screen.
    const before = zoomRef.current;
    if (before.k !== 1 && (before.plotLeft !== plotLeft || before.plotRight !== plotRight)) {
      const after = rescaleZoom(before, plotLeft, plotRight);
      select(svg).call(behaviour.transform, zoomIdentity.translate(after.x, 0).scale(after.k));
    }
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [svgRef, plotLeft, plotRight, height]);

  const zoomBy = useCallback(
    (factor: number) => {
      if (svgRef.current && behaviourRef.current)
        select(svgRef.current)
          .transition()
          .duration(250)
          .call(behaviourRef.current.scaleBy, factor);
    },
    [svgRef],
  );
  const resetZoom = useCallback(() => {
    if (svgRef.current && behaviourRef.current)
      select(svgRef.current)
        .transition()
        .duration(300)
        .call(behaviourRef.current.transform, zoomIdentity);
  }, [svgRef]);

  /** Pan, keeping the zoom, so that `date` comes to the middle of the plot (or as near as the span allows). */
  const centreOn = useCallback(
    (date: Date) => {
      if (!svgRef.current || !behaviourRef.current) return;
      const [e0, e1] = extent.map((d) => d.getTime());
      const x = plotLeft + ((date.getTime() - e0) / (e1 - e0)) * (plotRight - plotLeft);
      select(svgRef.current)
        .transition()
        .duration(400)
        .call(behaviourRef.current.translateTo, x, height / 2);
    },
    [svgRef, extent, plotLeft, plotRight, height],
  );

  return { zoom, zoomBy, resetZoom, centreOn };
}
