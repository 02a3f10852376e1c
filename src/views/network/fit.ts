import type { Bounds } from '../../geometry';
import type { Transform } from '../../geometry';

/** The zoom transform that fits `bounds` inside a width × height viewport with padding. */
export function fitTransform(
  bounds: Bounds,
  width: number,
  height: number,
  padding = 40,
  maxScale = 1.6,
): Transform {
  const w = Math.max(1, width - 2 * padding);
  const h = Math.max(1, height - 2 * padding);
  const k = Math.min(maxScale, w / bounds.width, h / bounds.height);
  return {
    k,
    x: width / 2 - k * (bounds.x + bounds.width / 2),
    y: height / 2 - k * (bounds.y + bounds.height / 2),
  };
}

/** A box in the bottom-left corner of the viewport that the drawing should stay clear of. */
export interface Corner {
  width: number;
  height: number;
}

/**
 * Fit `bounds` beside or above a panel in the bottom-left corner (the legend), whichever leaves
 * the drawing larger, so no node starts hidden under it.
 */
export function fitClearOf(
  bounds: Bounds,
  width: number,
  height: number,
  padding: number,
  corner: Corner | null,
): Transform {
  if (!corner) return fitTransform(bounds, width, height, padding);
  const beside = fitTransform(bounds, Math.max(1, width - corner.width), height, padding);
  const above = fitTransform(bounds, width, Math.max(1, height - corner.height), padding);
  return beside.k >= above.k ? { ...beside, x: beside.x + corner.width } : above;
}
