import type { SceneNode } from '../scene/networkScene';

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
    const side = r * 1.7;
    return (
      <rect
        className="node-shape"
        x={-side / 2}
        y={-side / 2}
        width={side}
        height={side}
        rx={side * 0.22}
        fill={fill}
        strokeWidth={strokeWidth}
      />
    );
  }
  return (
    <circle
      className="node-shape"
      r={r}
      fill={fill}
      strokeWidth={shape === 'dot' ? strokeWidth * 0.6 : strokeWidth}
    />
  );
}
