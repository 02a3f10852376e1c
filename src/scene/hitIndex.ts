import { quadtree, type Quadtree } from 'd3-quadtree';
import type { SceneNode } from './networkScene';

export interface HitIndex {
  /** The node under a point in graph coordinates, allowing `slack` graph units around it. */
  nodeAt(x: number, y: number, slack: number): SceneNode | null;
}

/** A spatial index of a scene's nodes, for pointer hits where there are no DOM elements. */
export function createHitIndex(nodes: readonly SceneNode[]): HitIndex {
  const tree: Quadtree<SceneNode> = quadtree<SceneNode>()
    .x((n) => n.x)
    .y((n) => n.y)
    .addAll(nodes as SceneNode[]);
  const maxRadius = nodes.reduce((m, n) => Math.max(m, n.r), 0);
  return {
    nodeAt(x, y, slack) {
      const near = tree.find(x, y, maxRadius + slack);
      if (!near) return null;
      return Math.hypot(near.x - x, near.y - y) <= near.r + slack ? near : null;
    },
  };
}
