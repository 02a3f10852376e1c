import { useCallback, useEffect, useRef } from 'react';
import { createPanZoom, type PanZoom } from '../../camera/panZoom';
import type { Bounds, Point, Transform } from '../../geometry';
import type { CanvasMover } from '../../render/NetworkCanvas';
import { viewportTransform } from '../../render/NetworkSvg';
import { atlasStore, useAtlas } from '../../store';
import { fitClearOf, revealPoints, type Corner } from './fit';

const INITIAL_TRANSFORM: Transform = { k: 1, x: 0, y: 0 };
const PADDING = 48;

export interface CameraTargets {
  /** The element that takes wheel, drag and pinch: the canvas or the SVG. */
  element: React.RefObject<HTMLElement | SVGElement | null>;
  onCanvas: boolean;
  /** The element is in the page (the canvas loads with its code). */
  ready: boolean;
  /** What a gesture step moves without React: the canvas's cached bitmap or the SVG groups. */
  mover: React.RefObject<CanvasMover | null>;
  svgGroups: readonly React.RefObject<SVGGElement | null>[];
  /** Whether a press at this event starts a pan (not on a node, which is dragged instead). */
  canPan(event: PointerEvent): boolean;
}

export interface CameraFrame {
  width: number;
  height: number;
  bounds: Bounds;
  hasNodes: boolean;
  /** The legend's corner, kept clear when fitting. */
  legendCorner: Corner | null;
  /** The layout's positions now, to centre a node. */
  positions(): ReadonlyMap<string, Point>;
  /** Changes after which a view that follows the fit fits again (not every layout tick). */
  refitOn: readonly unknown[];
}

/**
 * The network's camera: pan and zoom by the user, fit and centre as the store asks. Each gesture
 * step moves the drawing directly; the store (and React) hear of the transform when it ends.
 * Returns the transform to draw with and the transform as it is this instant.
 */
export function useNetworkCamera(targets: CameraTargets, frame: CameraFrame) {
  const { width, height, bounds, hasNodes, legendCorner } = frame;
  const autoFit = useAtlas((s) => s.autoFit);
  const centred = useAtlas((s) => s.centred);
  const transform = useAtlas((s) => s.viewports.network?.transform) ?? INITIAL_TRANSFORM;
  const live = useRef(transform);
  const cameraRef = useRef<PanZoom | null>(null);
  const positions = useRef(frame.positions);
  positions.current = frame.positions;
  const canPan = useRef(targets.canPan);
  canPan.current = targets.canPan;

  const report = useCallback((t: Transform, size?: { width: number; height: number }) => {
    const old = atlasStore.getState().viewports.network;
    const same =
      old && old.transform.k === t.k && old.transform.x === t.x && old.transform.y === t.y;
    // The same transform again must not repaint a large canvas.
    if (same && !size) return;
    atlasStore.getState().setViewport('network', {
      transform: t,
      width: size?.width ?? old?.width ?? 0,
      height: size?.height ?? old?.height ?? 0,
      positions: () => positions.current(),
    });
  }, []);
  useEffect(() => report(live.current, { width, height }), [report, width, height]);

  const { element, onCanvas, ready, mover, svgGroups } = targets;
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    // A new surface starts where the old one was.
    const camera = createPanZoom(el, live.current, {
      scaleExtent: [0.02, 8],
      canPan: (event) => canPan.current(event),
      onMove: (t, byUser) => {
        if (byUser) atlasStore.getState().movedByUser();
        live.current = t;
        if (onCanvas) mover.current?.moveTo(t);
        else for (const g of svgGroups) g.current?.setAttribute('transform', viewportTransform(t));
      },
      onEnd: (t) => report(t),
    });
    cameraRef.current = camera;
    return () => {
      camera.destroy();
      if (cameraRef.current === camera) cameraRef.current = null;
    };
    // The groups are refs of the same drawing; only another surface needs another camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onCanvas, ready, report]);

  const fitted = () => fitClearOf(bounds, width, height, PADDING, legendCorner);
  const fit = (animate: boolean) => {
    const camera = cameraRef.current;
    if (camera) camera.set(fitted(), { duration: animate ? 450 : 0 });
    else report(fitted());
  };
  const centreOn = (id: string) => {
    const p = positions.current().get(id);
    if (!p) return;
    const k = Math.max(live.current.k, 1);
    // On a phone the details open as a sheet over the lower half: centre in the part above it.
    const y = sheetCovers() ? height * 0.22 : height / 2;
    cameraRef.current?.set({ k, x: width / 2 - k * p.x, y: y - k * p.y }, { duration: 500 });
  };

  // Fit while the view follows the fit (until the user moves it, also as the window resizes);
  // animated when the user asks for it.
  const fittedOnce = useRef(false);
  const lastSize = useRef({ width, height });
  const wasAutoFit = useRef(autoFit);
  useEffect(() => {
    const grew = { x: width - lastSize.current.width, y: height - lastSize.current.height };
    lastSize.current = { width, height };
    const asked = autoFit && !wasAutoFit.current;
    wasAutoFit.current = autoFit;
    if (autoFit) {
      if (hasNodes) {
        fit(asked);
        fittedOnce.current = true;
      }
      return;
    }
    // A panel opening or the window resizing keeps what was in the middle in the middle.
    if (!grew.x && !grew.y) return;
    if (centred) centreOn(centred);
    else {
      const t = live.current;
      cameraRef.current?.set({ k: t.k, x: t.x + grew.x / 2, y: t.y + grew.y / 2 });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, hasNodes, legendCorner, autoFit, ...frame.refitOn]);

  // Centre a node chosen in search, a link or the details panel.
  useEffect(() => {
    if (centred) centreOn(centred);
    // Only a newly chosen node moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centred]);

  // The very first picture is drawn fitted, rather than drawn once unfitted and then refitted
  // by the effect above: on a large graph each full drawing costs a noticeable moment.
  const shown = !fittedOnce.current && hasNodes && autoFit ? fitted() : transform;
  /** For the keyboard: pan by screen pixels, zoom about the centre, bring a node into view. */
  const controls = {
    panBy(dx: number, dy: number) {
      const t = live.current;
      atlasStore.getState().movedByUser();
      cameraRef.current?.set({ k: t.k, x: t.x + dx, y: t.y + dy }, { duration: 150 });
    },
    zoomBy(factor: number) {
      atlasStore.getState().movedByUser();
      cameraRef.current?.scaleBy(factor, { duration: 150 });
    },
    /** Centre a node selected by a tap on a phone, above the sheet its details open in. */
    centreIfCovered(id: string) {
      if (sheetCovers()) centreOn(id);
    },
    /** Bring a whole path into view below the panel that lists it (`top` pixels tall). */
    revealAll(ids: readonly string[], top: number) {
      const at = positions.current();
      const points = ids.flatMap((id) => at.get(id) ?? []);
      const next = revealPoints(points, live.current, width, height, top, legendCorner);
      if (!next) return;
      atlasStore.getState().movedByUser();
      cameraRef.current?.set(next, { duration: 400 });
    },
    reveal(id: string) {
      const p = positions.current().get(id);
      if (!p) return;
      const t = live.current;
      const x = t.x + t.k * p.x;
      const y = t.y + t.k * p.y;
      const margin = 40;
      if (x < margin || y < margin || x > width - margin || y > height - margin) centreOn(id);
    },
  };
  return { transform, shown, live, controls };
}

const sheetCovers = () => globalThis.matchMedia?.('(max-width: 720px)').matches ?? false;
