import { describe, expect, it } from 'vitest';
import { paintNetwork, DETAIL_LIMIT } from '../../../src/render/canvas/paintNetwork';
import type { NetworkScene, SceneEdge, SceneNode } from '../../../src/scene/networkScene';

/** A 2D context that records the calls that matter, with the state current at each. */
function recordingContext() {
  const calls: { op: string; lineWidth: number; dash: number[]; alpha: number; style: string }[] =
    [];
  let dash: number[] = [];
  const ctx = {
    lineWidth: 1,
    globalAlpha: 1,
    strokeStyle: '',
    fillStyle: '',
    lineCap: 'butt',
    lineJoin: 'miter',
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    subpaths: 0,
    setLineDash: (d: number[]) => (dash = d),
    fillRect: () => undefined,
    beginPath() {
      ctx.subpaths = 0;
    },
    moveTo() {
      ctx.subpaths += 1;
    },
    lineTo: () => undefined,
    arc: () => undefined,
    rect() {
      ctx.subpaths += 1;
    },
    roundRect() {
      ctx.subpaths += 1;
    },
    stroke() {
      calls.push({
        op: `stroke:${ctx.subpaths}`,
        lineWidth: ctx.lineWidth,
        dash,
        alpha: ctx.globalAlpha,
        style: String(ctx.strokeStyle),
      });
    },
    fill() {
      calls.push({
        op: `fill:${ctx.subpaths}`,
        lineWidth: ctx.lineWidth,
        dash,
        alpha: ctx.globalAlpha,
        style: String(ctx.fillStyle),
      });
    },
    strokeText: () => undefined,
    fillText(text: string) {
      calls.push({ op: `text:${text}`, lineWidth: 0, dash, alpha: ctx.globalAlpha, style: '' });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const node = (id: string, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode => ({
  id,
  type: 'organization',
  shape: 'circle',
  x,
  y,
  r: 8,
  fill: '#0072B2',
  title: id,
  label: null,
  labelText: 'Label',
  labelX: x,
  labelY: y,
  labelAnchor: 'start',
  emphasis: 'normal',
  selected: false,
  onPath: false,
  ...extra,
});
const edge = (id: string, x1: number, x2: number, extra: Partial<SceneEdge> = {}): SceneEdge => ({
  id,
  type: 'adopted-by',
  family: 'legal',
  source: 'a',
  target: 'b',
  x1,
  y1: 10,
  x2,
  y2: 20,
  emphasis: 'normal',
  onPath: false,
  ...extra,
});
const scene = (nodes: SceneNode[], edges: SceneEdge[]): NetworkScene => ({
  nodes,
  edges,
  legend: [],
  bounds: { x: 0, y: 0, width: 1, height: 1 },
});
const frame = { width: 400, height: 300, transform: { k: 1, x: 0, y: 0 }, theme: 'light' as const };

describe('paintNetwork', () => {
  it('draws each style as one batch, and what lies off screen not at all', () => {
    const { ctx, calls } = recordingContext();
    const nodes = [node('a', 10, 10), node('b', 50, 50), node('far', 5000, 5000)];
    const edges = [edge('e1', 10, 50), edge('e2', 20, 60), edge('gone', 4000, 5000)];
    paintNetwork(ctx, scene(nodes, edges), frame);
    expect(calls.filter((c) => c.op.startsWith('stroke') && c.dash.length)).toEqual([
      expect.objectContaining({ op: 'stroke:2' }),
    ]);
    expect(calls.filter((c) => c.op.startsWith('fill'))).toEqual([
      expect.objectContaining({ op: 'fill:2', style: '#0072B2' }),
    ]);
  });

  it('dims what is not highlighted and draws the highlight after it', () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(
      ctx,
      scene(
        [node('lit', 10, 10, { emphasis: 'highlight' }), node('dim', 50, 50, { emphasis: 'dim' })],
        [],
      ),
      frame,
    );
    const fills = calls.filter((c) => c.op.startsWith('fill'));
    expect(fills.map((f) => f.alpha)).toEqual([0.22, 1]);
  });

  it('keeps dash patterns and widths for a few ties, and draws a crowd as hairlines', () => {
    const few = recordingContext();
    paintNetwork(few.ctx, scene([], [edge('e', 10, 50, { family: 'structure' })]), frame);
    expect(few.calls[0].lineWidth).toBeCloseTo(1.4);

    const crowd = recordingContext();
    const many = Array.from({ length: DETAIL_LIMIT + 1 }, (_, i) => edge(`e${i}`, 10, 50));
    paintNetwork(crowd.ctx, scene([], many), frame);
    const strokes = crowd.calls.filter((c) => c.op.startsWith('stroke'));
    expect(strokes.every((c) => c.dash.length === 0 && c.lineWidth <= 1)).toBe(true);
    // Long batches are split so the rasterizer never gets one huge path.
    expect(strokes.length).toBeGreaterThan(1);
  });

  it('writes placed labels as text', () => {
    const { ctx, calls } = recordingContext();
    paintNetwork(ctx, scene([node('a', 10, 10, { label: 'ENISA' })], []), frame);
    expect(calls.some((c) => c.op === 'text:ENISA')).toBe(true);
  });
});
