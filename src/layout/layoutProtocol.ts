import type { Point } from '../geometry';
import {
  createForceLayout,
  type ForceLayout,
  type LayoutInput,
  type LayoutOptions,
  type Positions,
} from './forceLayout';

/** Messages from the page to the layout worker. */
export type LayoutRequest =
  | { type: 'init'; input: LayoutInput; options: LayoutOptions }
  | { type: 'update'; input: LayoutInput; version: number }
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'reheat'; alpha: number }
  | { type: 'pin'; id: string; x: number; y: number }
  | { type: 'unpin'; id: string };

/**
 * Positions from the worker: x, y pairs in the order of the nodes of the input with this
 * `version` (0 for init), in a buffer that is transferred, not copied.
 */
export interface LayoutFrame {
  type: 'positions';
  version: number;
  buffer: Float32Array;
  settled: boolean;
}

export function encodePositions(ids: readonly string[], positions: Positions): Float32Array {
  const buffer = new Float32Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id);
    buffer[2 * i] = p?.x ?? 0;
    buffer[2 * i + 1] = p?.y ?? 0;
  });
  return buffer;
}

export function decodePositions(ids: readonly string[], buffer: Float32Array): Map<string, Point> {
  const positions = new Map<string, Point>();
  const n = Math.min(ids.length, buffer.length / 2);
  for (let i = 0; i < n; i++) positions.set(ids[i], { x: buffer[2 * i], y: buffer[2 * i + 1] });
  return positions;
}

export interface LayoutHostOptions {
  /** How long the worker ticks between two posts: larger graphs post less often. */
  frameBudgetMs?: (nodeCount: number) => number;
}

const defaultBudget = (n: number) => (n > 5000 ? 45 : n > 1500 ? 30 : 16);

/**
 * The worker's side of the protocol, free of worker globals so it can be tested directly:
 * `send` posts a frame (with its buffer to transfer), `schedule` queues the next slice of work.
 */
export function createLayoutHost(
  send: (frame: LayoutFrame, transfer: Transferable[]) => void,
  schedule: (work: () => void) => void,
  hostOptions: LayoutHostOptions = {},
) {
  const budget = hostOptions.frameBudgetMs ?? defaultBudget;
  let layout: ForceLayout | null = null;
  let ids: string[] = [];
  let version = 0;
  let pumping = false;

  const post = (settled: boolean) => {
    const buffer = encodePositions(ids, layout!.positions());
    send({ type: 'positions', version, buffer, settled }, [buffer.buffer]);
  };

  const pump = () => {
    if (!layout) return;
    const settled = layout.advance(budget(ids.length));
    post(settled);
    pumping = !settled;
    if (pumping) schedule(pump);
  };
  const run = () => {
    if (!layout || pumping) return;
    layout.start();
    // Already at rest (e.g. after warm-up): say so, or the page would wait for ever.
    if (layout.isSettled()) return post(true);
    pumping = true;
    schedule(pump);
  };

  return {
    handle(request: LayoutRequest) {
      switch (request.type) {
        case 'init':
          layout?.destroy();
          ids = request.input.nodes.map((n) => n.id);
          version = 0;
          layout = createForceLayout(request.input, { ...request.options, manual: true });
          post(false);
          return;
        case 'update':
          if (!layout) return;
          ids = request.input.nodes.map((n) => n.id);
          version = request.version;
          layout.update(request.input);
          post(layout.isSettled());
          return;
        case 'start':
          return run();
        case 'stop':
          layout?.stop();
          return;
        case 'reheat':
          layout?.reheat(request.alpha);
          return run();
        case 'pin':
          layout?.pin(request.id, request.x, request.y);
          return;
        case 'unpin':
          layout?.unpin(request.id);
          return;
      }
    },
  };
}
