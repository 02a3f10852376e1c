import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../domain';
import type { VisibleGraph } from '../../model';
import { NetworkSvg, viewportTransform, type Transform } from '../../render/NetworkSvg';
import { NetworkCanvas, type CanvasMover } from '../../render/NetworkCanvas';
import { createPanZoom, type PanZoom } from '../../camera/panZoom';
import { buildNetworkScene, legendFor } from '../../scene/networkScene';
import { buildHighlight } from '../../scene/highlight';
import { layoutLegend } from '../../render/LegendSvg';
import { createHitIndex, type HitIndex } from '../../scene/hitIndex';
import { atlasStore, useAtlas } from '../../store';
import { useElementSize } from '../../platform/useElementSize';
import { useTheme } from '../../store';
import { fitClearOf, type Corner } from './fit';
import { useForceLayout } from './useForceLayout';
import type { PathHighlight } from './usePath';
import { markOnce } from '../../platform/marks';
import { registerNetworkSnapshot } from './snapshot';

/**
 * Above this many nodes plus ties the view draws on a canvas. Measured here, main-thread time per
 * pan or zoom step with SVG: 8 ms for the bundled network (650 elements), 10 ms with its states
 * (1,660) or at 2,050, 16 ms at 3,500 and 150 ms at 10,500: SVG stops holding a 16 ms frame
 * around 3,000, so the canvas takes over a little before.
 */
export const CANVAS_THRESHOLD = 2500;

/** Room around the on-screen legend's drawing: its offset, toggle button and the status line. */
const LEGEND_MARGIN = { x: 24, y: 80 };
const NONE: ReadonlySet<string> = new Set();

export function NetworkView({
  dataset,
  graph,
  path,
}: {
  dataset: Dataset;
  graph: VisibleGraph;
  path: PathHighlight;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const moverRef = useRef<CanvasMover>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const overlayRef = useRef<SVGGElement>(null);
  const onCanvas = graph.nodes.length + graph.edges.length > CANVAS_THRESHOLD;
  const surface = (): Element | null => (onCanvas ? canvasRef.current : svgRef.current);
  const { width, height } = useElementSize(containerRef);
  const theme = useTheme();
  const hovered = useAtlas((s) => s.hovered);
  const selected = useAtlas((s) => s.focus);
  const fitRequest = useAtlas((s) => s.fitRequest);
  const [transform, setTransformState] = useState<Transform>({
    k: 1,
    x: width / 2,
    y: height / 2,
  });
  // The same transform again must not repaint a large canvas.
  const setTransform = useCallback(
    (t: Transform) =>
      setTransformState((old) => (old.k === t.k && old.x === t.x && old.y === t.y ? old : t)),
    [],
  );
  // The transform as it is this instant; `transform` follows it once a gesture ends.
  const liveTransform = useRef(transform);
  // Until the user moves the view, keep the whole network fitted (also when the window resizes).
  const userMovedRef = useRef(false);
  const [settledCount, setSettledCount] = useState(0);
  const [tip, setTip] = useState<{ id: string; x: number; y: number } | null>(null);

  const onSettled = useCallback(() => setSettledCount((c) => c + 1), []);
  const { layout, positions } = useForceLayout(dataset, graph, onSettled);

  // The base drawing knows nothing of hover, selection or path: those are drawn over it as a
  // highlight, so pointing at a node or clicking one repaints a neighbourhood, not the network.
  // Placing labels among thousands of moving nodes would be redone on every frame of the layout
  // (and of a drag) and hold each frame up; on a canvas they wait until the layout is at rest.
  const moving = onCanvas && (settledCount === 0 || !layout.isSettled());
  const labels = moving ? ('none' as const) : ('important' as const);
  const scene = useMemo(
    () =>
      buildNetworkScene(dataset, graph, positions, {
        hovered: null,
        selected: null,
        pathNodes: NONE,
        pathEdges: NONE,
        zoomK: transform.k,
        labels,
      }),
    [dataset, graph, positions, transform.k, labels],
  );
  // On the canvas a dragged node moves on the highlight layer only; the layout takes it at the
  // drop, so a drag never repaints the whole network on every step.
  const [dragged, setDragged] = useState<{ id: string; x: number; y: number } | null>(null);
  const dropped = useRef(false);
  useEffect(() => {
    if (!dropped.current) return;
    dropped.current = false;
    setDragged(null);
  }, [positions]);
  const highlight = useMemo(
    () =>
      buildHighlight(scene, {
        hovered,
        selected,
        pathNodes: path.nodes,
        pathEdges: path.edges,
        zoomK: transform.k,
        dragged,
      }),
    [scene, hovered, selected, path, transform.k, dragged],
  );
  const sceneOptions = useMemo(
    () => ({
      hovered: null,
      selected,
      pathNodes: path.nodes,
      pathEdges: path.edges,
      zoomK: transform.k,
      labels,
    }),
    [selected, path, transform.k, labels],
  );
  // The legend floats over the bottom-left corner (with its toggle, and the status line below).
  const legendOpen = useAtlas((s) => s.legendOpen);
  const legendCorner = useMemo((): Corner | null => {
    const entries = legendFor(graph);
    if (!legendOpen || entries.length === 0) return null;
    const { width: w, height: h } = layoutLegend(entries);
    return { width: w + LEGEND_MARGIN.x, height: h + LEGEND_MARGIN.y };
  }, [legendOpen, graph]);
  // Built on the first pointer query after the scene changes, not on every layout frame.
  const hits = useMemo(() => {
    let index: HitIndex | null = null;
    return () => (index ??= createHitIndex(scene.nodes));
  }, [scene]);
  useEffect(() => {
    registerNetworkSnapshot({
      dataset,
      graph,
      positions,
      sceneOptions,
      transform,
      width,
      height,
    });
  });

  const nodeIdAt = (event: { clientX: number; clientY: number; target: EventTarget | null }) => {
    if (!onCanvas) {
      const target = event.target as Element | null;
      return target?.closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;
    }
    const p = toGraph(event);
    return hits().nodeAt(p.x, p.y, 4 / liveTransform.current.k)?.id ?? null;
  };
  const nodeIdAtRef = useRef(nodeIdAt);
  nodeIdAtRef.current = nodeIdAt;

  // The camera owns wheel, drag and pinch on the background. Each step only moves the SVG
  // viewport groups or the canvas's cached bitmap; React hears of the final transform when the
  // gesture ends.
  const cameraRef = useRef<PanZoom | null>(null);
  useEffect(() => {
    const element = onCanvas ? canvasRef.current : svgRef.current;
    if (!element) return;
    // A new surface starts where the old one was.
    const camera = createPanZoom(element, liveTransform.current, {
      scaleExtent: [0.02, 8],
      // Dragging a node moves the node, not the view.
      canPan: (event) => !nodeIdAtRef.current(event),
      onMove: (t, byUser) => {
        if (byUser) {
          userMovedRef.current = true;
          centredRef.current = null;
        }
        liveTransform.current = t;
        if (onCanvas) moverRef.current?.moveTo(t);
        else {
          viewportRef.current?.setAttribute('transform', viewportTransform(t));
          overlayRef.current?.setAttribute('transform', viewportTransform(t));
        }
      },
      onEnd: (t) => setTransform(t),
    });
    cameraRef.current = camera;
    return () => {
      camera.destroy();
      if (cameraRef.current === camera) cameraRef.current = null;
    };
  }, [onCanvas, setTransform]);

  const fit = useCallback(
    (animate: boolean) => {
      const t = fitClearOf(scene.bounds, width, height, 48, legendCorner);
      const camera = cameraRef.current;
      if (camera) camera.set(t, { duration: animate ? 450 : 0 });
      else setTransform(t);
    },
    [scene.bounds, width, height, legendCorner, setTransform],
  );

  /** The node last centred on request, until the user moves the view by hand. */
  const centredRef = useRef<string | null>(null);
  function centreOn(id: string) {
    const p = layout.positions().get(id);
    if (!p) return;
    const k = Math.max(liveTransform.current.k, 1);
    cameraRef.current?.set(
      { k, x: width / 2 - k * p.x, y: height / 2 - k * p.y },
      { duration: 500 },
    );
  }

  // Fit while the user has not moved the view, and whenever asked to.
  const hasNodes = scene.nodes.length > 0;
  const fittedOnce = useRef(false);
  const lastSize = useRef({ width, height });
  useEffect(() => {
    const grew = { x: width - lastSize.current.width, y: height - lastSize.current.height };
    lastSize.current = { width, height };
    if (!userMovedRef.current) {
      if (hasNodes) {
        fit(false);
        fittedOnce.current = true;
      }
      return;
    }
    // A panel opening or the window resizing keeps what was in the middle in the middle.
    if (!grew.x && !grew.y) return;
    if (centredRef.current) centreOn(centredRef.current);
    else {
      const t = liveTransform.current;
      cameraRef.current?.set({ k: t.k, x: t.x + grew.x / 2, y: t.y + grew.y / 2 });
    }
    // Refit on a new size, a new set of nodes, their first positions and when the layout
    // comes to rest, not on every tick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, graph, hasNodes, settledCount, legendCorner]);
  const lastFitRequest = useRef(fitRequest);
  useEffect(() => {
    if (fitRequest !== lastFitRequest.current) {
      lastFitRequest.current = fitRequest;
      userMovedRef.current = false;
      centredRef.current = null;
      fit(true);
    }
  }, [fit, fitRequest]);

  // Centre the selected node when it is chosen from search or the details panel.
  const centreRequest = useAtlas((s) => s.centreRequest);
  useEffect(() => {
    if (!centreRequest) return;
    centredRef.current = centreRequest.id;
    userMovedRef.current = true;
    centreOn(centreRequest.id);
    // Only a new request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centreRequest]);

  useEffect(() => {
    if (scene.nodes.length > 0) markOnce('graph:first-render');
  }, [scene.nodes.length]);
  // Settled counts once the settled positions are on screen.
  useEffect(() => {
    if (settledCount > 0 && scene.nodes.length > 0) markOnce('graph:layout-settled');
  }, [settledCount, scene.nodes.length]);

  function toGraph(event: { clientX: number; clientY: number }) {
    const rect = surface()!.getBoundingClientRect();
    const t = liveTransform.current;
    return {
      x: (event.clientX - rect.left - t.x) / t.k,
      y: (event.clientY - rect.top - t.y) / t.k,
    };
  }

  // Pointer interaction: hover, click, drag to pin, double-click to release.
  const drag = useRef<{ id: string; moved: boolean; pointerId: number } | null>(null);
  const backgroundPress = useRef<{ x: number; y: number } | null>(null);
  const hover = (id: string | null) => {
    if (id !== atlasStore.getState().hovered && !drag.current) atlasStore.getState().setHovered(id);
  };
  const pointer = {
    onPointerLeave: () => {
      atlasStore.getState().setHovered(null);
      setTip(null);
    },
    onPointerDown: (e: React.PointerEvent) => {
      const id = nodeIdAt(e);
      backgroundPress.current = !id && e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
      if (!id || e.button !== 0) return;
      drag.current = { id, moved: false, pointerId: e.pointerId };
      setTip(null);
      (e.target as Element).setPointerCapture?.(e.pointerId);
    },
    onPointerMove: (e: React.PointerEvent) => {
      const d = drag.current;
      if (!d) {
        // While a button is down the view is being panned: hovering would only cost repaints.
        if (!onCanvas || e.buttons) return;
        const id = nodeIdAt(e);
        hover(id);
        const rect = surface()!.getBoundingClientRect();
        setTip(id ? { id, x: e.clientX - rect.left, y: e.clientY - rect.top } : null);
        return;
      }
      const p = toGraph(e);
      d.moved = true;
      if (onCanvas) {
        setDragged({ id: d.id, x: p.x, y: p.y });
        return;
      }
      layout.pin(d.id, p.x, p.y);
      layout.reheat(0.1);
    },
    onPointerUp: (e: React.PointerEvent) => {
      // A click on the background (a press that did not pan) clears the selection.
      const press = backgroundPress.current;
      backgroundPress.current = null;
      if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) < 4) {
        const s = atlasStore.getState();
        if (s.focus && !s.connectFrom) s.select(null);
      }
      const d = drag.current;
      drag.current = null;
      if (d && d.moved && onCanvas) {
        // The drop: the layout takes the node where it was left.
        const p = toGraph(e);
        layout.pin(d.id, p.x, p.y);
        layout.reheat(0.1);
        // Kept on the highlight until the layout's next positions have it there.
        dropped.current = true;
        setDragged({ id: d.id, x: p.x, y: p.y });
      }
      if (d && !d.moved) {
        const s = atlasStore.getState();
        if (s.connectFrom) s.completeConnect(d.id);
        else s.select(d.id === s.focus ? null : d.id);
      }
    },
    onDoubleClick: (e: React.MouseEvent) => {
      const id = nodeIdAt(e);
      if (!id) return;
      layout.unpin(id);
      layout.reheat(0.2);
    },
  };
  const label = `Network of ${scene.nodes.length} nodes and ${scene.edges.length} ties`;
  // The very first picture is drawn fitted, rather than drawn once unfitted and then refitted
  // by the effect below: on a large graph each full drawing costs a noticeable moment.
  const shown =
    !fittedOnce.current && hasNodes && !userMovedRef.current
      ? fitClearOf(scene.bounds, width, height, 48, legendCorner)
      : transform;
  const tipNode = tip ? scene.nodes.find((n) => n.id === tip.id) : null;

  return (
    <div className="network-view" ref={containerRef}>
      {onCanvas ? (
        <NetworkCanvas
          canvasRef={canvasRef}
          moverRef={moverRef}
          scene={scene}
          highlight={highlight}
          width={width}
          height={height}
          transform={shown}
          theme={theme}
          label={label}
          className={`network-canvas${hovered ? ' is-over-node' : ''}`}
          {...pointer}
        />
      ) : (
        <NetworkSvg
          svgRef={svgRef}
          viewportRef={viewportRef}
          overlayRef={overlayRef}
          scene={scene}
          highlight={highlight}
          width={width}
          height={height}
          transform={shown}
          theme={theme}
          label={label}
          onPointerOver={(e) => {
            if (!e.buttons) hover(nodeIdAt(e));
          }}
          {...pointer}
        />
      )}
      {tip && tipNode && (
        <div className="canvas-tip" role="tooltip" style={{ left: tip.x + 14, top: tip.y + 10 }}>
          {tipNode.title}
        </div>
      )}
    </div>
  );
}
