import { useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import type { NetworkScene } from '../scene/networkScene';
import type { ThemeName } from '../theme/tokens';
import type { Transform } from '../geometry';
import { paintHighlight, paintNetwork } from './canvas/paintNetwork';
import { NO_HIGHLIGHT, type Highlight } from '../scene/highlight';

export interface CanvasMover {
  /** Show the view at `t` at once, from the last full paint (a moving view, not repainted). */
  moveTo(t: Transform): void;
}

/**
 * The network on 2D canvases, for graphs too large for one SVG element per node. Two layers:
 * the base, fully painted only when the scene, size or theme change, and an overlay above it
 * for the highlight (hover, selection, path), repainted on its own at the cost of a
 * neighbourhood. While the user pans or zooms, `moveTo` only redraws the cached bitmap of the
 * base's last paint, scaled and shifted, and the small overlay: a frame costs one image copy
 * whatever the size of the graph.
 */
export function NetworkCanvas({
  scene,
  highlight = NO_HIGHLIGHT,
  width,
  height,
  transform,
  theme,
  label,
  canvasRef,
  moverRef,
  ...handlers
}: {
  scene: NetworkScene;
  highlight?: Highlight;
  width: number;
  height: number;
  transform: Transform;
  theme: ThemeName;
  label: string;
  canvasRef?: React.RefObject<HTMLCanvasElement | null>;
  moverRef?: React.Ref<CanvasMover>;
} & Pick<
  React.HTMLAttributes<HTMLCanvasElement>,
  | 'onPointerMove'
  | 'onPointerLeave'
  | 'onPointerDown'
  | 'onPointerUp'
  | 'onDoubleClick'
  | 'className'
>) {
  const ownRef = useRef<HTMLCanvasElement>(null);
  const ref = canvasRef ?? ownRef;
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const highlightRef = useRef(highlight);
  const cache = useRef<{ bitmap: HTMLCanvasElement; at: Transform } | null>(null);
  /** The transform of the last full paint, while the canvas still shows it (not yet cached). */
  const painted = useRef<Transform | null>(null);
  const live = useRef(transform);
  const ratio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);

  useEffect(() => {
    live.current = transform;
  }, [transform]);

  const paintOverlay = useCallback(
    (t: Transform) => {
      const ctx = overlayRef.current?.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      paintHighlight(ctx, highlightRef.current, { width, height, transform: t, theme });
    },
    [ratio, width, height, theme],
  );
  useEffect(() => {
    highlightRef.current = highlight;
    paintOverlay(live.current);
  }, [highlight, paintOverlay, transform]);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintNetwork(ctx, scene, { width, height, transform: live.current, theme });
    // Copied to the cache only when the view starts moving: copying forces the drawing to be
    // rasterized at once, which on a large graph costs more than the paint itself.
    painted.current = live.current;
  }, [ref, scene, width, height, theme, ratio, transform]);

  useImperativeHandle(
    moverRef,
    () => ({
      moveTo(t) {
        live.current = t;
        if (highlightRef.current.active) paintOverlay(t);
        const canvas = ref.current;
        const ctx = canvas?.getContext('2d');
        if (!canvas || !ctx) return;
        if (painted.current) {
          const bitmap = cache.current?.bitmap ?? document.createElement('canvas');
          bitmap.width = canvas.width;
          bitmap.height = canvas.height;
          bitmap.getContext('2d')?.drawImage(canvas, 0, 0);
          cache.current = { bitmap, at: painted.current };
          painted.current = null;
        }
        const cached = cache.current;
        if (!cached) return;
        const s = t.k / cached.at.k;
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(
          cached.bitmap,
          (t.x - s * cached.at.x) * ratio,
          (t.y - s * cached.at.y) * ratio,
          canvas.width * s,
          canvas.height * s,
        );
      },
    }),
    [ref, ratio, paintOverlay],
  );

  // Both layers cover the same area, at the device's pixel ratio.
  const size = {
    width: Math.round(width * ratio),
    height: Math.round(height * ratio),
    style: { width, height },
  };
  return (
    <>
      <canvas
        ref={ref}
        className="network-canvas"
        {...size}
        role="img"
        aria-label={label}
        data-renderer="canvas"
        {...handlers}
      />
      <canvas
        ref={overlayRef}
        className="network-overlay"
        {...size}
        aria-hidden
        data-highlight={highlight.active ? 'on' : 'off'}
      />
    </>
  );
}
