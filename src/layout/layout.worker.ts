import { createLayoutHost, type LayoutRequest } from './layoutProtocol';

// A MessageChannel queues the next slice at once; setTimeout would be clamped to 4 ms.
const channel = new MessageChannel();
let queued: (() => void) | null = null;
channel.port1.onmessage = () => {
  const work = queued;
  queued = null;
  work?.();
};

const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
};

const host = createLayoutHost(
  (frame, transfer) => scope.postMessage(frame, transfer),
  (work) => {
    queued = work;
    channel.port2.postMessage(null);
  },
);
scope.onmessage = (event) => host.handle(event.data);
