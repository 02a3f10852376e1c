import type { NetworkScene, SceneEdge, SceneNode } from '../../scene/networkScene';
import type { Highlight } from '../../scene/highlight';
import { LABEL_FONT_SIZE } from '../../scene/labels';
import { EDGE_FAMILY_STYLE, FONT_STACK, PALETTES, type ThemeName } from '../../theme/tokens';
import {
  EDGE_DIM_OPACITY,
  LABEL_DIM_OPACITY,
  NODE_DIM_OPACITY,
  SQUARE_CORNER,
  SQUARE_SIDE,
  VEIL_OPACITY,
  edgeScreenWidth,
  nodeStrokeWidth,
} from '../glyphs';
import type { Transform } from '../../geometry';

export interface PaintFrame {
  /** The drawn area in CSS pixels; the canvas may hold more device pixels. */
  width: number;
  height: number;
  transform: Transform;
  theme: ThemeName;
}

/** Group items by a style key, so each style is one path: one stroke or fill call per style. */
function batch<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Batch keys of styles, made once per style and looked up by its parts: building a key string
 * for each of 25,000 ties on every frame would cost more than drawing them.
 */
const edgeKeys = new Map<string, string>();
const nodeKeys = new Map<string, Map<string, string>>();
function edgeKey(e: SceneEdge): string {
  const id = e.family + (e.emphasis === 'normal' ? '' : e.emphasis) + (e.onPath ? '+' : '');
  let key = edgeKeys.get(id);
  if (key === undefined)
    edgeKeys.set(id, (key = [edgeLayer(e), e.family, e.emphasis, e.onPath].join('|')));
  return key;
}
function nodeKey(n: SceneNode): string {
  let byStyle = nodeKeys.get(n.fill);
  if (!byStyle) nodeKeys.set(n.fill, (byStyle = new Map()));
  const id =
    n.shape +
    (n.emphasis === 'normal' ? '' : n.emphasis) +
    (n.selected ? 's' : '') +
    (n.onPath ? 'p' : '');
  let key = byStyle.get(id);
  if (key === undefined)
    byStyle.set(
      id,
      (key = [nodeLayer(n), n.shape, n.fill, n.emphasis, n.selected || n.onPath].join('|')),
    );
  return key;
}

/** Most ties in view that are still drawn in full detail (dash pattern and width). */
export const DETAIL_LIMIT = 3000;

/**
 * Shapes per path. One path per style saves calls, but a single path of thousands of
 * subpaths is slow for the rasterizer to stroke and fill; a few hundred is the sweet spot.
 */
const CHUNK = 256;

/** Draw order matches the SVG: dim under normal under highlighted, path on top. */
const LAYER = { dim: 0, normal: 1, highlight: 2 } as const;
const edgeLayer = (e: SceneEdge) => (e.onPath ? 3 : LAYER[e.emphasis]);
const nodeLayer = (n: SceneNode) => (n.onPath || n.selected ? 3 : LAYER[n.emphasis]);

/**
 * Paint a network scene on a 2D canvas, in screen space: the same scene, colours and rules as
 * the SVG renderer, drawn in batches (one path per style), skipping what lies off screen, and
 * with nodes smaller than two pixels drawn as plain squares (level of detail).
 */
export function paintNetwork(ctx: CanvasRenderingContext2D, scene: NetworkScene, f: PaintFrame) {
  ctx.fillStyle = PALETTES[f.theme].background;
  ctx.fillRect(0, 0, f.width, f.height);
  paintItems(ctx, scene, f);
}

/**
 * Paint a highlight on the overlay canvas: a veil in the background colour that dims the base
 * drawing beneath, and the highlighted ties, nodes and labels over it. Clears the overlay when
 * nothing is highlighted.
 */
export function paintHighlight(ctx: CanvasRenderingContext2D, highlight: Highlight, f: PaintFrame) {
  ctx.clearRect(0, 0, f.width, f.height);
  if (!highlight.active) return;
  ctx.globalAlpha = VEIL_OPACITY;
  ctx.fillStyle = PALETTES[f.theme].background;
  ctx.fillRect(0, 0, f.width, f.height);
  ctx.globalAlpha = 1;
  paintItems(ctx, highlight, f);
}

function paintItems(
  ctx: CanvasRenderingContext2D,
  scene: Pick<NetworkScene, 'nodes' | 'edges'>,
  f: PaintFrame,
) {
  const palette = PALETTES[f.theme];
  const { k, x: tx, y: ty } = f.transform;
  const sx = (x: number) => tx + k * x;
  const sy = (y: number) => ty + k * y;
  const margin = 30;
  const inView = (x0: number, y0: number, x1: number, y1: number) =>
    Math.max(x0, x1) >= -margin &&
    Math.min(x0, x1) <= f.width + margin &&
    Math.max(y0, y1) >= -margin &&
    Math.min(y0, y1) <= f.height + margin;

  ctx.lineCap = 'round';

  const visibleEdges = scene.edges.filter((e) => inView(sx(e.x1), sy(e.y1), sx(e.x2), sy(e.y2)));
  const edgeGroups = batch(visibleEdges, edgeKey);
  // A software rasterizer draws a dashed or wider-than-a-pixel line many times slower than a
  // hairline (measured: 25,000 lines at width 1.4 take 18× as long as at width 1). In a crowd of
  // ties neither can be told apart, so they appear once few enough ties are in view.
  const detailed = visibleEdges.length <= DETAIL_LIMIT;
  for (const key of [...edgeGroups.keys()].sort()) {
    const group = edgeGroups.get(key)!;
    const e0 = group[0];
    const style = EDGE_FAMILY_STYLE[e0.family];
    ctx.globalAlpha = e0.onPath ? 1 : e0.emphasis === 'dim' ? EDGE_DIM_OPACITY : 1;
    ctx.strokeStyle = e0.onPath
      ? palette.path
      : e0.emphasis === 'highlight'
        ? palette.edgeHighlight
        : e0.family === 'undated'
          ? palette.undated
          : palette.edge;
    ctx.lineWidth = detailed || e0.onPath ? edgeScreenWidth(e0) : Math.min(1, edgeScreenWidth(e0));
    // SVG dashes live in graph units inside the zoomed group; scale them the same way.
    ctx.setLineDash(detailed && style.dash ? style.dash.split(' ').map((d) => Number(d) * k) : []);
    group.forEach((e, i) => {
      if (i % CHUNK === 0) ctx.beginPath();
      ctx.moveTo(sx(e.x1), sy(e.y1));
      ctx.lineTo(sx(e.x2), sy(e.y2));
      if (i % CHUNK === CHUNK - 1 || i === group.length - 1) ctx.stroke();
    });
  }
  ctx.setLineDash([]);

  const visibleNodes = scene.nodes.filter((n) => {
    const r = n.r * k;
    return inView(sx(n.x) - r, sy(n.y) - r, sx(n.x) + r, sy(n.y) + r);
  });
  const nodeGroups = batch(visibleNodes, nodeKey);
  for (const key of [...nodeGroups.keys()].sort()) {
    const group = nodeGroups.get(key)!;
    const n0 = group[0];
    ctx.globalAlpha = n0.emphasis === 'dim' ? NODE_DIM_OPACITY : 1;
    ctx.fillStyle = n0.fill;
    ctx.strokeStyle = n0.onPath
      ? palette.path
      : n0.selected
        ? palette.selection
        : palette.nodeStroke;
    ctx.lineWidth = nodeStrokeWidth(n0, k) * k;
    const outline = n0.r * k >= 2 && ctx.lineWidth >= 0.4;
    group.forEach((n, i) => {
      if (i % CHUNK === 0) ctx.beginPath();
      const r = n.r * k;
      const cx = sx(n.x);
      const cy = sy(n.y);
      if (r < 2) {
        ctx.rect(cx - r, cy - r, 2 * r, 2 * r);
      } else if (n.shape === 'square') {
        const side = r * SQUARE_SIDE;
        // Rounded corners cannot be seen on a small square and cost a rasterizer dearly.
        if (side < 8) ctx.rect(cx - side / 2, cy - side / 2, side, side);
        else ctx.roundRect(cx - side / 2, cy - side / 2, side, side, side * SQUARE_CORNER);
      } else {
        ctx.moveTo(cx + r, cy);
        ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      }
      if (i % CHUNK === CHUNK - 1 || i === group.length - 1) {
        ctx.fill();
        // Outlines on tiny nodes or thinner than a device pixel only blur the fill.
        if (outline) ctx.stroke();
      }
    });
  }

  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = palette.labelHalo;
  ctx.fillStyle = palette.text;
  for (const n of visibleNodes) {
    if (n.label === null) continue;
    const strong = n.selected || n.emphasis === 'highlight' || n.onPath;
    ctx.globalAlpha = n.emphasis === 'dim' ? LABEL_DIM_OPACITY : 1;
    ctx.font = `${strong ? 600 : 400} ${LABEL_FONT_SIZE}px ${FONT_STACK}`;
    ctx.textAlign =
      n.labelAnchor === 'middle' ? 'center' : n.labelAnchor === 'end' ? 'right' : 'left';
    ctx.strokeText(n.label, sx(n.labelX), sy(n.labelY));
    ctx.fillText(n.label, sx(n.labelX), sy(n.labelY));
  }
  ctx.globalAlpha = 1;
}
