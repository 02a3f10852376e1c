import type { SceneNode } from '../scene/networkScene';
import { SQUARE_CORNER, SQUARE_SIDE } from './glyphs';

/** The glyph of a node: circle for organizations, rounded square for instruments, dot for states. */
export function NodeShape({
  shape,
  r,
  fill,
  strokeWidth,
}: {
  shape: SceneNode['shape'];
  r: number;
  fill: string;
  strokeWidth: number;
}) {
  if (shape === 'square') {
    const side = r * SQUARE_SIDE;
    return (
      <rect
        className="node-shape"
        x={-side / 2}
        y={-side / 2}
        width={side}
        height={side}
        rx={side * SQUARE_CORNER}
        fill={fill}
        strokeWidth={strokeWidth}
      />
    );
  }
  return <circle className="node-shape" r={r} fill={fill} strokeWidth={strokeWidth} />;
}
