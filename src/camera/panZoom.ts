/**
 * The camera of a 2D view, in plain TypeScript: wheel and pinch zoom around the pointer, drag to
 * pan, and animated moves asked for by the app (fit, centre, zoom by a step). It only computes
 * transforms and reports them: what is drawn, and how, is the caller's business. Modelled on
 * xyflow's XYPanZoom and sigma's Camera, without d3-zoom's selection and transition machinery.
 */

import type { Transform } from '../geometry';

export interface PanZoomOptions {
  /** Smallest and largest scale. */
  scaleExtent?: [number, number];
  /** Whether a press here starts a pan: false on a node, which the caller drags instead. */
  canPan?(event: PointerEvent): boolean;
  /** Every change, as it happens; `byUser` when it comes from the wheel, a drag or a pinch. */
  onMove(t: Transform, byUser: boolean): void;
  /** When a gesture or an animation ends. */
  onEnd?(t: Transform, byUser: boolean): void;
}

export interface PanZoom {
  get(): Transform;
  /** Go to `t`, at once or over `duration` ms (no animation when the user prefers less motion). */
  set(t: Transform, options?: { duration?: number }): void;
  /** Zoom by `factor` around a point of the element (its centre by default). */
  scaleBy(factor: number, options?: { at?: { x: number; y: number }; duration?: number }): void;
  destroy(): void;
}

/** How far one wheel notch zooms, as d3-zoom does: pixels, lines or pages. */
const wheelDelta = (e: WheelEvent) =>
  -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1);

/** A wheel gesture counts as ended after this long without a notch. */
const WHEEL_END_MS = 150;

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function createPanZoom(
  element: HTMLElement | SVGElement,
  initial: Transform,
  options: PanZoomOptions,
): PanZoom {
  const [kMin, kMax] = options.scaleExtent ?? [0.02, 8];
  const clampK = (k: number) => Math.min(kMax, Math.max(kMin, k));
  let current: Transform = { ...initial };
  let animation: number | null = null;
  let wheelTimer: ReturnType<typeof setTimeout> | null = null;
  /** Pointers down for a pan or pinch, where each was last. */
  const pointers = new Map<number, { x: number; y: number }>();

  const local = (e: { clientX: number; clientY: number }) => {
    const r = element.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const move = (t: Transform, byUser: boolean) => {
    if (t.k === current.k && t.x === current.x && t.y === current.y) return;
    current = t;
    options.onMove(t, byUser);
  };
  const stopAnimation = () => {
    if (animation !== null) cancelAnimationFrame(animation);
    animation = null;
  };
  /** Scale by `factor` keeping the point `p` (element pixels) where it is. */
  const zoomedAround = (t: Transform, factor: number, p: { x: number; y: number }): Transform => {
    const k = clampK(t.k * factor);
    return { k, x: p.x - ((p.x - t.x) * k) / t.k, y: p.y - ((p.y - t.y) * k) / t.k };
  };

  function set(target: Transform, { duration = 0 } = {}) {
    stopAnimation();
    const to = { ...target, k: clampK(target.k) };
    if (duration <= 0 || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
      move(to, false);
      options.onEnd?.(current, false);
      return;
    }
    // Scale moves on a log scale, so zooming in and out feel alike.
    const from = current;
    const started = performance.now();
    const step = () => {
      const t = easeInOut(Math.min(1, (performance.now() - started) / duration));
      move(
        {
          k: from.k * (to.k / from.k) ** t,
          x: from.x + (to.x - from.x) * t,
          y: from.y + (to.y - from.y) * t,
        },
        false,
      );
      if (t < 1) animation = requestAnimationFrame(step);
      else {
        animation = null;
        move(to, false);
        options.onEnd?.(current, false);
      }
    };
    animation = requestAnimationFrame(step);
  }

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    stopAnimation();
    move(zoomedAround(current, 2 ** wheelDelta(e), local(e)), true);
    if (wheelTimer) clearTimeout(wheelTimer);
    wheelTimer = setTimeout(() => {
      wheelTimer = null;
      options.onEnd?.(current, true);
    }, WHEEL_END_MS);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (pointers.size === 0 && options.canPan && !options.canPan(e)) return;
    stopAnimation();
    pointers.set(e.pointerId, local(e));
    element.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    const p = local(e);
    if (pointers.size === 1) {
      move({ k: current.k, x: current.x + p.x - last.x, y: current.y + p.y - last.y }, true);
    } else {
      // Pinch: the other finger stays; scale by the change of distance around the midpoint,
      // and pan by the midpoint's move.
      const other = [...pointers].find(([id]) => id !== e.pointerId)![1];
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(p.x - other.x, p.y - other.y);
      const midBefore = { x: (last.x + other.x) / 2, y: (last.y + other.y) / 2 };
      const midAfter = { x: (p.x + other.x) / 2, y: (p.y + other.y) / 2 };
      const zoomed = before > 0 ? zoomedAround(current, after / before, midBefore) : current;
      move(
        {
          k: zoomed.k,
          x: zoomed.x + midAfter.x - midBefore.x,
          y: zoomed.y + midAfter.y - midBefore.y,
        },
        true,
      );
    }
    pointers.set(e.pointerId, p);
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (pointers.size === 0) options.onEnd?.(current, true);
  };

  const el = element as HTMLElement;
  el.addEventListener('wheel', onWheel, { passive: false });
  el.addEventListener('pointerdown', onPointerDown);
  el.addEventListener('pointermove', onPointerMove);
  el.addEventListener('pointerup', onPointerUp);
  el.addEventListener('pointercancel', onPointerUp);

  return {
    get: () => current,
    set,
    scaleBy(factor, { at, duration = 0 } = {}) {
      const r = element.getBoundingClientRect();
      set(zoomedAround(current, factor, at ?? { x: r.width / 2, y: r.height / 2 }), { duration });
    },
    destroy() {
      stopAnimation();
      if (wheelTimer) clearTimeout(wheelTimer);
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onPointerDown);
      el.removeEventListener('pointermove', onPointerMove);
      el.removeEventListener('pointerup', onPointerUp);
      el.removeEventListener('pointercancel', onPointerUp);
    },
  };
}
