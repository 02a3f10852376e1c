import { useCallback, useEffect, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import 'd3-transition';
import type { TimelineFrame } from '../../layout/timeline';

export interface TimeZoom {
  k: number;
  x: number;
}

const MAX_ZOOM = 400; // about a month across the screen for a century and a half of data

/**
 * d3-zoom on the timeline SVG, in time only: wheel and drag change `k` and `x`; the y part of
 * d3's transform is ignored. Zoom never goes below 1, so the full span is the widest view.
 */
export function useTimelineZoom(
  svgRef: React.RefObject<SVGSVGElement | null>,
  frame: TimelineFrame,
  height: number,
) {
  const [zoom, setZoom] = useState<TimeZoom>({ k: 1, x: 0 });
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
      .on('zoom', (event) => setZoom({ k: event.transform.k, x: event.transform.x }));
    behaviourRef.current = behaviour;
    select(svg).call(behaviour);
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

  return { zoom, zoomBy, resetZoom };
}
