import { describe, expect, it } from 'vitest';
import { createForceLayout, type LayoutInput } from '../../../src/layout/forceLayout';
import {
  createLayoutHost,
  decodePositions,
  encodePositions,
  type LayoutFrame,
  type LayoutRequest,
} from '../../../src/layout/layoutProtocol';
import { createWorkerLayout, type LayoutPort } from '../../../src/layout/workerLayout';
import { filterGraph, NO_FILTERS } from '../../../src/model';
import { layoutInput } from '../../../src/views/network/useForceLayout';
import { loadFixture } from '../helpers';

const d = loadFixture();
const input = layoutInput(d, filterGraph(d, NO_FILTERS));

/** A host driven by hand: scheduled work waits in a queue until the test runs it. */
function manualHost() {
  const frames: LayoutFrame[] = [];
  const transferred: Transferable[][] = [];
  const queue: (() => void)[] = [];
  const host = createLayoutHost(
    (frame, transfer) => {
      frames.push(frame);
      transferred.push(transfer);
    },
    (work) => queue.push(work),
    { frameBudgetMs: () => 1000 },
  );
  const drain = () => {
    while (queue.length) queue.shift()!();
  };
  return { host, frames, transferred, drain };
}

/** A fake worker: requests go straight to an in-process host, frames come back to listeners. */
function inProcessPort() {
  const listeners: ((event: MessageEvent<LayoutFrame>) => void)[] = [];
  const requests: LayoutRequest[] = [];
  const queue: (() => void)[] = [];
  const host = createLayoutHost(
    (frame) => listeners.forEach((l) => l({ data: frame } as MessageEvent<LayoutFrame>)),
    (work) => queue.push(work),
  );
  const port: LayoutPort & { terminated: boolean } = {
    terminated: false,
    postMessage(request) {
      requests.push(request);
      host.handle(request);
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    terminate() {
      port.terminated = true;
    },
  };
  const drain = () => {
    while (queue.length) queue.shift()!();
  };
  return { port, requests, drain };
}

describe('position buffers', () => {
  it('round-trip ids and coordinates through a Float32Array', () => {
    const ids = ['a', 'b', 'c'];
    const positions = new Map([
      ['a', { x: 1.5, y: -2 }],
      ['b', { x: 100, y: 200.25 }],
      ['c', { x: 0, y: 0 }],
    ]);
    const buffer = encodePositions(ids, positions);
    expect(buffer).toBeInstanceOf(Float32Array);
    expect(buffer.length).toBe(6);
    expect(decodePositions(ids, buffer)).toEqual(positions);
  });
});

describe('layout host (the worker side)', () => {
  it('posts positions at once on init, then runs to rest and says so', () => {
    const { host, frames, transferred, drain } = manualHost();
    host.handle({ type: 'init', input, options: { seed: 3 } });
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatchObject({ type: 'positions', version: 0, settled: false });
    expect(frames[0].buffer.length).toBe(input.nodes.length * 2);
    // The buffer itself is handed over, not copied.
    expect(transferred[0]).toEqual([frames[0].buffer.buffer]);

    host.handle({ type: 'start' });
    drain();
    expect(frames.at(-1)!.settled).toBe(true);
  });

  it('lays out exactly like the same layout on the page (seeded)', () => {
    const { host, frames, drain } = manualHost();
    host.handle({ type: 'init', input, options: { seed: 3 } });
    host.handle({ type: 'start' });
    drain();
    const local = createForceLayout(input, { seed: 3, manual: true });
    local.start();
    while (!local.advance(1000));
    const ids = input.nodes.map((n) => n.id);
    const fromWorker = decodePositions(ids, frames.at(-1)!.buffer);
    for (const [id, p] of local.positions()) {
      expect(fromWorker.get(id)!.x).toBeCloseTo(p.x, 2);
      expect(fromWorker.get(id)!.y).toBeCloseTo(p.y, 2);
    }
  });

  it('tags frames after an update with its version and the new node order', () => {
    const { host, frames } = manualHost();
    host.handle({ type: 'init', input, options: { seed: 3 } });
    const smaller: LayoutInput = { nodes: input.nodes.slice(0, 5), links: [] };
    host.handle({ type: 'update', input: smaller, version: 4 });
    expect(frames.at(-1)!.version).toBe(4);
    expect(frames.at(-1)!.buffer.length).toBe(10);
  });

  it('holds a pinned node where it was put', () => {
    const { host, frames, drain } = manualHost();
    host.handle({ type: 'init', input, options: { seed: 3 } });
    const id = input.nodes[0].id;
    host.handle({ type: 'pin', id, x: 321, y: -123 });
    host.handle({ type: 'reheat', alpha: 0.5 });
    drain();
    const p = decodePositions(
      input.nodes.map((n) => n.id),
      frames.at(-1)!.buffer,
    ).get(id)!;
    expect(p).toEqual({ x: 321, y: -123 });
  });
});

describe('worker layout (the page side)', () => {
  it('exposes the positions the worker posts and reports when it settles', () => {
    const { port, drain } = inProcessPort();
    const layout = createWorkerLayout(input, { seed: 3 }, port, (f) => f());
    let notified = 0;
    layout.subscribe(() => (notified += 1));
    expect(layout.positions().size).toBe(input.nodes.length);
    expect(layout.isSettled()).toBe(false);
    layout.start();
    drain();
    expect(notified).toBeGreaterThan(0);
    expect(layout.isSettled()).toBe(true);
  });

  it('drops frames that arrive while the page is busy, keeping the newest', () => {
    const { port, drain } = inProcessPort();
    const waiting: (() => void)[] = [];
    const layout = createWorkerLayout(input, { seed: 3 }, port, (f) => waiting.push(f));
    let notified = 0;
    layout.subscribe(() => (notified += 1));
    layout.start();
    drain();
    // Init and every slice posted a frame, but only one delivery was asked for.
    expect(waiting).toHaveLength(1);
    waiting[0]();
    expect(notified).toBe(1);
    expect(layout.isSettled()).toBe(true);
  });

  it('maps frames to the ids of the version they were computed for', () => {
    const { port } = inProcessPort();
    const layout = createWorkerLayout(input, { seed: 3 }, port, (f) => f());
    const smaller: LayoutInput = { nodes: [...input.nodes].reverse().slice(0, 4), links: [] };
    const before = layout.positions();
    layout.update(smaller);
    const after = layout.positions();
    expect([...after.keys()]).toEqual(smaller.nodes.map((n) => n.id));
    for (const [id, p] of after) {
      expect(p.x).toBeCloseTo(before.get(id)!.x, 3);
      expect(p.y).toBeCloseTo(before.get(id)!.y, 3);
    }
  });

  it('terminates the worker when destroyed', () => {
    const { port } = inProcessPort();
    createWorkerLayout(input, { seed: 3 }, port, (f) => f()).destroy();
    expect(port.terminated).toBe(true);
  });
});
