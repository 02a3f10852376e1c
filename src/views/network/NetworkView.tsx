import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../domain';
import type { VisibleGraph } from '../../model';
import { NetworkSvg } from '../../render/NetworkSvg';
import type { CanvasMover } from '../../render/NetworkCanvas';
import { buildNetworkScene, legendFor } from '../../scene/networkScene';
import { useNetworkMeasures } from './useNetworkMeasures';
import { buildHighlight } from '../../scene/highlight';
import { layoutLegend } from '../../render/LegendSvg';
import { selectLook, useAtlas } from '../../store';
import { useElementSize } from '../../platform/useElementSize';
import { useTheme } from '../../store';
import type { Corner } from './fit';
import { useForceLayout } from './useForceLayout';
import { useNetworkCamera } from './useNetworkCamera';
import { useNodePointer } from './useNodePointer';
import { useNetworkKeyboard } from './useNetworkKeyboard';
import type { PathHighlight } from './usePath';
import { markOnce } from '../../platform/marks';
import { useT } from '../../i18n/react';

// The canvas renderer is for large networks only: it loads when one is shown.
const NetworkCanvas = lazy(() =>
  import('../../render/NetworkCanvas').then((m) => ({ default: m.NetworkCanvas })),
);

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

/**
 * The network: the layout, the scene drawn from it (a base layer and a highlight layer), the
 * camera and the pointer, each in its own hook.
 */
/** Where the path panel sits over the view (see .path-panel in app.css). */
const PATH_PANEL_TOP = 12;
const PATH_PANEL_SHARE = 0.35;

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
  // The canvas arrives with its code: the camera attaches to it once it is there.
  const [canvasReady, setCanvasReady] = useState(false);
  const setMover = useCallback((mover: CanvasMover | null) => {
    moverRef.current = mover;
    setCanvasReady(mover !== null);
  }, []);
  const viewportRef = useRef<SVGGElement>(null);
  const overlayRef = useRef<SVGGElement>(null);
  const onCanvas = graph.nodes.length + graph.edges.length > CANVAS_THRESHOLD;
  const surfaceRef = onCanvas ? canvasRef : svgRef;
  const { width, height } = useElementSize(containerRef);
  const theme = useTheme();
  const t = useT();
  const hovered = useAtlas((s) => s.hovered);
  const selected = useAtlas((s) => s.focus);
  const [settledCount, setSettledCount] = useState(0);
  const onSettled = useCallback(() => setSettledCount((c) => c + 1), []);
  const { layout, positions } = useForceLayout(dataset, graph, onSettled);
  const zoomK = useAtlas((s) => s.viewports.network?.transform.k) ?? 1;

  // The base drawing knows nothing of hover, selection or path: those are drawn over it as a
  // highlight, so pointing at a node or clicking one repaints a neighbourhood, not the network.
  // Placing labels among thousands of moving nodes would be redone on every frame of the layout
  // (and of a drag) and hold each frame up; on a canvas they wait until the layout is at rest.
  const moving = onCanvas && (settledCount === 0 || !layout.isSettled());
  const labels = moving ? ('none' as const) : ('important' as const);
  useNetworkMeasures(graph);
  const look = useAtlas(selectLook);
  const scene = useMemo(
    () =>
      buildNetworkScene(dataset, graph, positions, {
        hovered: null,
        selected: null,
        pathNodes: NONE,
        pathEdges: NONE,
        zoomK,
        labels,
        look,
      }),
    [dataset, graph, positions, zoomK, labels, look],
  );

  // The legend floats over the bottom-left corner (with its toggle, and the status line below).
  const legendOpen = useAtlas((s) => s.legendOpen);
  const legendCorner = useMemo((): Corner | null => {
    const entries = legendFor(graph, look);
    if (!legendOpen || entries.length === 0) return null;
    const { width: w, height: h } = layoutLegend(entries);
    return { width: w + LEGEND_MARGIN.x, height: h + LEGEND_MARGIN.y };
  }, [legendOpen, graph, look]);

  const nodeIdAtRef = useRef<(e: PointerEvent) => string | null>(() => null);
  const camera = useNetworkCamera(
    {
      element: surfaceRef,
      onCanvas,
      ready: !onCanvas || canvasReady,
      mover: moverRef,
      svgGroups: [viewportRef, overlayRef],
      // Dragging a node moves the node, not the view.
      canPan: (event) => !nodeIdAtRef.current(event),
    },
    {
      width,
      height,
      bounds: scene.bounds,
      hasNodes: scene.nodes.length > 0,
      legendCorner,
      positions: layout.positions,
      // Refit on a new set of nodes and when the layout comes to rest, not on every tick.
      refitOn: [graph, settledCount],
    },
  );
  const pointer = useNodePointer({
    onCanvas,
    surface: () => surfaceRef.current,
    live: camera.live,
    scene,
    layout,
    positions,
  });
  nodeIdAtRef.current = pointer.nodeIdAt;
  const keyboard = useNetworkKeyboard(scene, camera.controls);
  useEffect(() => {
    if (selected) camera.controls.centreIfCovered(selected);
    // Only a new selection moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);

  // A path just found is brought into view below the panel that lists it, never under it. The
  // panel is at most PATH_PANEL_SHARE of the view's height (it scrolls beyond), so the clear
  // part is known without waiting for the panel to be drawn.
  useEffect(() => {
    if (path.nodes.size === 0) return;
    camera.controls.revealAll([...path.nodes], PATH_PANEL_TOP + PATH_PANEL_SHARE * height + 8);
    // Only a new path moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path.nodes]);

  const highlight = useMemo(
    () =>
      buildHighlight(scene, {
        hovered,
        selected,
        pathNodes: path.nodes,
        pathEdges: path.edges,
        zoomK,
        dragged: pointer.dragged,
      }),
    [scene, hovered, selected, path, zoomK, pointer.dragged],
  );

  useEffect(() => {
    if (scene.nodes.length > 0) markOnce('graph:first-render');
  }, [scene.nodes.length]);
  // Settled counts once the settled positions are on screen.
  useEffect(() => {
    if (settledCount > 0 && scene.nodes.length > 0) markOnce('graph:layout-settled');
  }, [settledCount, scene.nodes.length]);

  const label = t('network.label', { nodes: scene.nodes.length, ties: scene.edges.length });
  const { tip } = pointer;
  const tipNode = tip ? scene.nodes.find((n) => n.id === tip.id) : null;
  // What both renderers draw, and the pointer they both answer.
  const drawing = {
    scene,
    highlight,
    width,
    height,
    transform: camera.shown,
    theme,
    label,
    ...pointer.handlers,
  };

  return (
    <div
      className="network-view"
      ref={containerRef}
      tabIndex={0}
      role="application"
      aria-roledescription={t('network.role')}
      aria-label={label}
      aria-describedby={keyboard.helpId}
      onKeyDown={keyboard.onKeyDown}
      onBlur={keyboard.onBlur}
    >
      {onCanvas ? (
        <Suspense fallback={null}>
          <NetworkCanvas
            canvasRef={canvasRef}
            moverRef={setMover}
            className={`network-canvas${hovered ? ' is-over-node' : ''}`}
            {...drawing}
          />
        </Suspense>
      ) : (
        <NetworkSvg
          svgRef={svgRef}
          viewportRef={viewportRef}
          overlayRef={overlayRef}
          onPointerOver={(e) => {
            if (!e.buttons) pointer.hover(pointer.nodeIdAt(e));
          }}
          {...drawing}
        />
      )}
      <p id={keyboard.helpId} className="visually-hidden">
        {t('network.keys')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {keyboard.said}
      </p>
      {tip && tipNode && (
        <div className="canvas-tip" role="tooltip" style={{ left: tip.x + 14, top: tip.y + 10 }}>
          {tipNode.title}
        </div>
      )}
    </div>
  );
}
