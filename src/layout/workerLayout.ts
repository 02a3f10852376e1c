import type { LayoutInput, LayoutOptions, LiveLayout, Positions } from './forceLayout';
import { decodePositions, type LayoutFrame, type LayoutRequest } from './layoutProtocol';

/** The part of a Worker this needs, so tests can hand in a fake. */
export interface LayoutPort {
  postMessage(message: LayoutRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutFrame>) => void): void;
  terminate(): void;
}

/**
 * A layout whose simulation runs in a worker: the page only decodes the positions it receives,
 * so a large graph settles without blocking pan, zoom or typing.
 */
export function createWorkerLayout(
  input: LayoutInput,
  options: LayoutOptions,
  port: LayoutPort,
  onNextFrame: (callback: () => void) => void = (callback) =>
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(callback) : callback(),
): LiveLayout {
  const listeners = new Set<() => void>();
  const idsByVersion = new Map<number, string[]>([[0, input.nodes.map((n) => n.id)]]);
  let version = 0;
  let snapshot: Positions = new Map();
  let settled = false;
  let pending: LayoutFrame | null = null;

  // Frames that arrive while the page is busy are dropped for the newest: one decode and one
  // render per animation frame at most.
  const deliver = () => {
    const frame = pending;
    pending = null;
    if (!frame) return;
    const ids = idsByVersion.get(frame.version);
    if (!ids) return;
    // Older versions can no longer arrive once a newer one has.
    for (const v of idsByVersion.keys()) if (v < frame.version) idsByVersion.delete(v);
    snapshot = decodePositions(ids, frame.buffer);
    settled = frame.settled;
    listeners.forEach((l) => l());
  };
  port.addEventListener('message', (event) => {
    if (event.data.type !== 'positions') return;
    const first = pending === null;
    pending = event.data;
    if (first) onNextFrame(deliver);
  });
  port.postMessage({ type: 'init', input, options });

  return {
    start: () => port.postMessage({ type: 'start' }),
    stop: () => port.postMessage({ type: 'stop' }),
    reheat(alpha = 0.3) {
      settled = false;
      port.postMessage({ type: 'reheat', alpha });
    },
    update(next) {
      version += 1;
      idsByVersion.set(
        version,
        next.nodes.map((n) => n.id),
      );
      port.postMessage({ type: 'update', input: next, version });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    positions: () => snapshot,
    pin: (id, x, y) => port.postMessage({ type: 'pin', id, x, y }),
    unpin: (id) => port.postMessage({ type: 'unpin', id }),
    isSettled: () => settled,
    destroy() {
      listeners.clear();
      pending = null;
      port.terminate();
    },
  };
}

const spawn = (): LayoutPort =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'layout',
  }) as unknown as LayoutPort;

let spare: LayoutPort | null = null;

/** Start a worker before it is needed, so its code loads while the dataset downloads. */
export function prewarmLayoutWorker() {
  if (!spare && typeof Worker !== 'undefined') spare = spawn();
}

export function spawnLayoutWorker(): LayoutPort {
  const port = spare ?? spawn();
  spare = null;
  return port;
}
