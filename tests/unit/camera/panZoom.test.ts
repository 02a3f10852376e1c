import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanZoom } from '../../../src/camera/panZoom';
import type { Transform } from '../../../src/geometry';

/** An event with the fields the camera reads (jsdom has no PointerEvent constructor). */
function fire(el: Element, type: string, fields: Record<string, unknown>) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(event, { button: 0, pointerType: 'mouse', pointerId: 1, ...fields });
  el.dispatchEvent(event);
  return event;
}

function setup(options: { canPan?: (e: PointerEvent) => boolean } = {}) {
  const el = document.createElement('div');
  document.body.append(el);
  const moves: [Transform, boolean][] = [];
  const ends: Transform[] = [];
  const camera = createPanZoom(
    el,
    { k: 1, x: 0, y: 0 },
    {
      scaleExtent: [0.5, 4],
      canPan: options.canPan,
      onMove: (t, byUser) => moves.push([t, byUser]),
      onEnd: (t) => ends.push(t),
    },
  );
  return { el, camera, moves, ends };
}

/** Where a point of the drawing appears under a transform. */
const onScreen = (t: Transform, p: { x: number; y: number }) => ({
  x: t.x + t.k * p.x,
  y: t.y + t.k * p.y,
});

describe('createPanZoom', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('zooms with the wheel around the pointer, and ends the gesture after a pause', () => {
    vi.useFakeTimers();
    const { el, camera, moves, ends } = setup();
    const e = fire(el, 'wheel', { deltaY: -100, deltaMode: 0, clientX: 200, clientY: 100 });
    expect(e.defaultPrevented).toBe(true);
    const t = camera.get();
    expect(t.k).toBeCloseTo(2 ** 0.2);
    // The point under the pointer stays under it.
    const p = onScreen(t, { x: 200, y: 100 });
    expect(p.x).toBeCloseTo(200);
    expect(p.y).toBeCloseTo(100);
    expect(moves.at(-1)![1]).toBe(true);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(ends).toEqual([t]);
  });

  it('keeps the scale within its extent', () => {
    const { el, camera } = setup();
    for (let i = 0; i < 30; i++) fire(el, 'wheel', { deltaY: -500, clientX: 0, clientY: 0 });
    expect(camera.get().k).toBe(4);
    for (let i = 0; i < 60; i++) fire(el, 'wheel', { deltaY: 500, clientX: 0, clientY: 0 });
    expect(camera.get().k).toBe(0.5);
  });

  it('pans with a drag on the background, but not from where the caller says no', () => {
    const { el, camera, ends } = setup({ canPan: (e) => e.clientX > 10 });
    fire(el, 'pointerdown', { clientX: 50, clientY: 50 });
    fire(el, 'pointermove', { clientX: 80, clientY: 40 });
    fire(el, 'pointerup', { clientX: 80, clientY: 40 });
    expect(camera.get()).toEqual({ k: 1, x: 30, y: -10 });
    expect(ends).toHaveLength(1);
    // A press on a node (here: x ≤ 10) moves the node, not the view.
    fire(el, 'pointerdown', { clientX: 5, clientY: 5, pointerId: 2 });
    fire(el, 'pointermove', { clientX: 90, clientY: 90, pointerId: 2 });
    expect(camera.get()).toEqual({ k: 1, x: 30, y: -10 });
  });

  it('zooms with a pinch of two fingers around their midpoint', () => {
    const { el, camera } = setup();
    fire(el, 'pointerdown', { pointerId: 1, pointerType: 'touch', clientX: 100, clientY: 100 });
    fire(el, 'pointerdown', { pointerId: 2, pointerType: 'touch', clientX: 200, clientY: 100 });
    fire(el, 'pointermove', { pointerId: 2, pointerType: 'touch', clientX: 300, clientY: 100 });
    const t = camera.get();
    expect(t.k).toBeCloseTo(2);
    // The finger that stayed still keeps its point of the drawing.
    const p = onScreen(t, { x: 100, y: 100 });
    expect(p.x).toBeCloseTo(100);
    expect(p.y).toBeCloseTo(100);
  });

  it('goes to a transform at once when asked without a duration, and stops on destroy', () => {
    const { el, camera, moves, ends } = setup();
    camera.set({ k: 2, x: 10, y: 20 });
    expect(camera.get()).toEqual({ k: 2, x: 10, y: 20 });
    expect(moves.at(-1)).toEqual([{ k: 2, x: 10, y: 20 }, false]);
    expect(ends).toHaveLength(1);
    camera.scaleBy(2, { at: { x: 0, y: 0 } });
    expect(camera.get()).toEqual({ k: 4, x: 20, y: 40 });
    camera.destroy();
    fire(el, 'wheel', { deltaY: -100, clientX: 0, clientY: 0 });
    expect(camera.get()).toEqual({ k: 4, x: 20, y: 40 });
  });

  it('animates a move over its duration', async () => {
    const { camera, moves } = setup();
    camera.set({ k: 2, x: 100, y: 0 }, { duration: 60 });
    expect(camera.get()).toEqual({ k: 1, x: 0, y: 0 });
    await new Promise((r) => setTimeout(r, 200));
    expect(camera.get()).toEqual({ k: 2, x: 100, y: 0 });
    // It passed through points in between.
    expect(moves.some(([t]) => t.x > 0 && t.x < 100)).toBe(true);
  });
});
