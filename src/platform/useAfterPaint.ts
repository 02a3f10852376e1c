import { useEffect, useState } from 'react';

/** Updates waiting for the next paint, run together so that React renders them as one. */
const pending = new Set<() => void>();
let scheduled = false;

const nextFrame = (callback: () => void) =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(callback)
    : setTimeout(callback, 16);

function runAfterPaint(update: () => void): () => void {
  pending.add(update);
  if (!scheduled) {
    scheduled = true;
    // A frame callback runs just before the paint; a task queued from it runs just after.
    nextFrame(() =>
      setTimeout(() => {
        scheduled = false;
        const updates = [...pending];
        pending.clear();
        updates.forEach((u) => u());
      }, 0),
    );
  }
  return () => pending.delete(update);
}

/**
 * `value`, once the browser has painted what changed with it. A control the user touched
 * answers in the next frame; the expensive part of the page that follows from it (a new graph,
 * a view, a long details panel) renders in the task after that paint, never before it. Every
 * value waiting for the same paint arrives in the same render, so the parts stay consistent.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return runAfterPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
