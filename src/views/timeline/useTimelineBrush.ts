import { useEffect, useRef } from 'react';
import { brushX, type BrushBehavior } from 'd3-brush';
import { select } from 'd3-selection';
import { utcFormat } from 'd3-time-format';
import type { TimelineLayout } from '../../layout/timeline';
import { periodOf, type TimeRange } from '../../model';

export const toIsoDay = utcFormat('%Y-%m-%d');

/**
 * d3-brush in the strip under the axis. A drag sets the period (as whole days); a click
 * without a drag clears it. The brush always shows the store's period, so the URL, the
 * "as of" slider and the brush agree.
 */
export function useTimelineBrush(
  brushRef: React.RefObject<SVGGElement | null>,
  layout: TimelineLayout,
  range: TimeRange,
  setRange: (range: TimeRange) => void,
) {
  const brushBehaviour = useRef<BrushBehavior<unknown> | null>(null);
  // Handlers read the scale on screen now, not the one when the brush was made.
  const { scale } = layout;
  const scaleRef = useRef(scale);
  scaleRef.current = scale;
  const { plotLeft, plotRight, brushY, brushHeight } = layout.frame;

  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const behaviour = brushX<unknown>()
      .extent([
        [plotLeft, brushY],
        [plotRight, brushY + brushHeight],
      ])
      .on('end', (event) => {
        // Moves made by the code (syncing from the store) carry no source event.
        if (!event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (!selection) return setRange({ from: null, to: null });
        const onScreen = scaleRef.current;
        setRange({
          from: toIsoDay(onScreen.invert(selection[0])),
          to: toIsoDay(onScreen.invert(selection[1])),
        });
      });
    brushBehaviour.current = behaviour;
    select(g).call(behaviour);
    return () => {
      select(g).on('.brush', null);
    };
  }, [brushRef, plotLeft, plotRight, brushY, brushHeight, setRange]);

  useEffect(() => {
    const g = brushRef.current;
    const behaviour = brushBehaviour.current;
    if (!g || !behaviour) return;
    const { from, to } = periodOf(range);
    if (!from && !to) return void select(g).call(behaviour.move, null);
    const x0 = Math.max(plotLeft, from ? scale(from) : plotLeft);
    const x1 = Math.min(plotRight, to ? scale(to) : plotRight);
    select(g).call(behaviour.move, x1 > x0 ? [x0, x1] : null);
  }, [brushRef, range, scale, plotLeft, plotRight]);
}
