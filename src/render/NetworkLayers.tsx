import { memo } from 'react';
import type { NetworkScene } from '../scene/networkScene';
import { LABEL_FONT_SIZE } from '../scene/labels';
import { edgeScreenWidth, nodeStrokeWidth } from './glyphs';
import { NodeShape } from './NodeShape';

const round = (v: number) => Math.round(v * 100) / 100;
const classes = (...names: (string | false | null | undefined)[]) =>
  names.filter(Boolean).join(' ');

/**
 * Edges, nodes and labels of a network scene, in graph coordinates. `k` is the zoom scale:
 * strokes and text are divided by it so they keep their size on screen.
 */
export const NetworkLayers = memo(function NetworkLayers({
  scene,
  k,
  overlay = false,
}: {
  scene: Pick<NetworkScene, 'nodes' | 'edges'>;
  k: number;
  /** A highlight over the base drawing: its elements repeat base ones, so carry no ids (the
   *  base's own answer for pointer and tests). */
  overlay?: boolean;
}) {
  const id = (prefix: string, of: string) => (overlay ? undefined : `${prefix}-${of}`);
  return (
    <>
      <g id={overlay ? undefined : 'edges'} className="edges">
        {scene.edges.map((e) => (
          <line
            key={e.id}
            id={id('edge', e.id)}
            className={classes(
              'edge',
              `edge--${e.family}`,
              `rel-${e.type}`,
              e.emphasis !== 'normal' && `is-${e.emphasis}`,
              e.onPath && 'on-path',
            )}
            data-edge-id={overlay ? undefined : e.id}
            x1={round(e.x1)}
            y1={round(e.y1)}
            x2={round(e.x2)}
            y2={round(e.y2)}
            strokeWidth={round(edgeScreenWidth(e) / k)}
          />
        ))}
      </g>
      <g id={overlay ? undefined : 'nodes'} className="nodes">
        {scene.nodes.map((n) => (
          <g
            key={n.id}
            id={id('node', n.id)}
            className={classes(
              'node',
              `node--${n.type}`,
              n.emphasis !== 'normal' && `is-${n.emphasis}`,
              n.selected && 'is-selected',
              n.onPath && 'on-path',
            )}
            data-node-id={overlay ? undefined : n.id}
            transform={`translate(${round(n.x)},${round(n.y)})`}
          >
            <title>{n.title}</title>
            <NodeShape shape={n.shape} r={n.r} fill={n.fill} strokeWidth={nodeStrokeWidth(n, k)} />
          </g>
        ))}
      </g>
      <g id={overlay ? undefined : 'labels'} className="labels">
        {scene.nodes.map((n) =>
          n.label === null ? null : (
            <text
              key={n.id}
              className={classes(
                'label',
                n.emphasis === 'dim' && 'is-dim',
                (n.selected || n.emphasis === 'highlight' || n.onPath) && 'is-strong',
              )}
              data-label-for={overlay ? undefined : n.id}
              x={round(n.labelX)}
              y={round(n.labelY)}
              dy="0.35em"
              textAnchor={n.labelAnchor}
              fontSize={round(LABEL_FONT_SIZE / k)}
              strokeWidth={round(3 / k)}
            >
              {n.label}
            </text>
          ),
        )}
      </g>
    </>
  );
});
