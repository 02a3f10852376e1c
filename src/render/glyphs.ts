import type { SceneEdge, SceneNode } from '../scene/networkScene';
import { EDGE_FAMILY_STYLE } from '../theme/tokens';

/** Geometry and stroke rules shared by the SVG and canvas renderers, so both draw alike. */

/** An instrument's rounded square: side and corner radius as multiples of the node radius. */
export const SQUARE_SIDE = 1.7;
export const SQUARE_CORNER = 0.22;

/** Edge width in screen pixels (before dividing by the zoom for SVG's scaled coordinates). */
export const edgeScreenWidth = (e: Pick<SceneEdge, 'onPath' | 'emphasis' | 'family'>) =>
  (e.onPath ? 3 : e.emphasis === 'highlight' ? 1.8 : 1) * EDGE_FAMILY_STYLE[e.family].width;

/** Node outline in graph units at zoom `k`: grows gently on zoom, so small nodes stay crisp. */
export const nodeStrokeWidth = (n: Pick<SceneNode, 'selected' | 'onPath' | 'shape'>, k: number) =>
  ((n.selected || n.onPath ? 3 : 1.2) / Math.sqrt(k)) * (n.shape === 'dot' ? 0.6 : 1);

export const EDGE_DIM_OPACITY = 0.15;
export const NODE_DIM_OPACITY = 0.22;
export const LABEL_DIM_OPACITY = 0.25;
/** Share of the base drawing a veil hides while something is highlighted (as dimmed nodes). */
export const VEIL_OPACITY = 1 - NODE_DIM_OPACITY;
