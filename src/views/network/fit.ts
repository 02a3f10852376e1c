import type { Bounds } from '../../scene/networkScene';
import type { Transform } from '../../render/NetworkSvg';

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
