import { parseDataset } from '../src/domain';
import { packTimeline, positionTimeline, timelineExtent } from '../src/layout/timeline';
import { generateValidDataset } from './generate';

export interface TimelineZoomResult {
  marks: number;
  /** Lanes and rows: once per data or size change. */
  packMs: number;
  /** Placing marks and labels for one zoom step: median and slowest of the steps. */
  stepMedianMs: number;
  stepMaxMs: number;
  steps: number;
}

/**
 * The timeline's cost per zoom step on a large dataset, in Node (the same V8 as Chromium, with
 * no drawing): the rows are packed once, then 30 wheel-like steps zoom from the whole span to
 * about a fiftieth of it, around a point in its recent third, where the marks crowd.
 */
export function measureTimelineZoom(nodes: number, seed: number): TimelineZoomResult {
  const parsed = parseDataset(generateValidDataset({ nodes, seed }));
  if (!parsed.ok) throw new Error('the generated dataset did not parse');
  const all = parsed.dataset.nodes;
  const now = new Date(Date.UTC(2026, 0, 1));
  const extent = timelineExtent(all, now);
  const size = { width: 1280, height: 760, groupBy: 'type' as const, extent, now };
  // A first pass warms the JIT, as a page does before the user's first wheel step.
  positionTimeline(packTimeline(all, size));
  let t = performance.now();
  const packed = packTimeline(all, size);
  const packMs = performance.now() - t;
  const span = extent[1].getTime() - extent[0].getTime();
  const centre = extent[0].getTime() + span * 0.7;
  const steps: number[] = [];
  for (let i = 0; i < 30; i++) {
    const k = Math.pow(50, i / 29);
    const half = span / 2 / k;
    t = performance.now();
    positionTimeline(packed, [new Date(centre - half), new Date(centre + half)]);
    steps.push(performance.now() - t);
  }
  steps.sort((a, b) => a - b);
  return {
    marks: packed.marks.length,
    packMs,
    stepMedianMs: steps[Math.floor(steps.length / 2)],
    stepMaxMs: steps[steps.length - 1],
    steps: steps.length,
  };
}
