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
  maxScale?: number,
): Transform {
  if (!corner) return fitTransform(bounds, width, height, padding, maxScale);
  const beside = fitTransform(bounds, Math.max(1, width - corner.width), height, padding, maxScale);
  const above = fitTransform(bounds, width, Math.max(1, height - corner.height), padding, maxScale);
  return beside.k >= above.k ? { ...beside, x: beside.x + corner.width } : above;
}

/**
 * The least change of view that shows every point inside the viewport below `top` (a panel over
 * the top of the view) and clear of the bottom-left `corner` (the legend): null when all are
 * already there, else the points fitted there, zoomed no further in than the view already was.
 */
export function revealPoints(
  points: readonly { x: number; y: number }[],
  view: Transform,
  width: number,
  height: number,
  top: number,
  corner: Corner | null = null,
  margin = 32,
): Transform | null {
  if (points.length === 0) return null;
  const inside = points.every((p) => {
    const x = view.x + view.k * p.x;
    const y = view.y + view.k * p.y;
    const underCorner =
      corner !== null && x < corner.width + margin && y > height - corner.height - margin;
    return (
      !underCorner &&
      x >= margin &&
      x <= width - margin &&
      y >= top + margin &&
      y <= height - margin
    );
  });
  if (inside) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const bounds = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(1, Math.max(...xs) - Math.min(...xs)),
    height: Math.max(1, Math.max(...ys) - Math.min(...ys)),
  };
  const clear = Math.max(1, height - top);
  const fitted = fitClearOf(bounds, width, clear, margin * 2, corner, Math.max(view.k, 0.05));
  return { ...fitted, y: fitted.y + top };
}
