import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import 'd3-transition';
import type { Dataset } from '../../domain';
import type { VisibleGraph } from '../../model';
import { NetworkSvg, type Transform } from '../../render/NetworkSvg';
import { buildNetworkScene } from '../../scene/networkScene';
import { atlasStore, useAtlas } from '../../store';
import { useElementSize } from '../../components/useElementSize';
import { useTheme } from '../../components/theme';
import { fitTransform } from './fit';
import { useForceLayout } from './useForceLayout';
import type { PathHighlight } from './usePath';
import { markOnce } from '../../app/marks';
import { registerNetworkSnapshot } from './snapshot';

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
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const { width, height } = useElementSize(containerRef);
  const theme = useTheme();
  const hovered = useAtlas((s) => s.hovered);
  const selected = useAtlas((s) => s.focus);
  const fitRequest = useAtlas((s) => s.fitRequest);
  const [transform, setTransform] = useState<Transform>({ k: 1, x: width / 2, y: height / 2 });
  // Until the user moves the view, keep the whole network fitted (also when the window resizes).
  const userMovedRef = useRef(false);

  const onSettled = useCallback(() => markOnce('graph:layout-settled'), []);
  const { layout, positions } = useForceLayout(dataset, graph, onSettled);

  const sceneOptions = useMemo(
    () => ({
      hovered,
      selected,
      pathNodes: path.nodes,
      pathEdges: path.edges,
      zoomK: transform.k,
      labels: 'important' as const,
    }),
    [hovered, selected, path, transform.k],
  );
  const scene = useMemo(
    () => buildNetworkScene(dataset, graph, positions, sceneOptions),
    [dataset, graph, positions, sceneOptions],
  );
  useEffect(() => {
    registerNetworkSnapshot({
      dataset,
      graph,
      positions,
      sceneOptions: { ...sceneOptions, hovered: null },
      transform,
      width,
      height,
    });
  });

  // d3-zoom owns wheel and drag on the background; React only mirrors its transform.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 8])
      .filter((event: Event) => {
        const target = event.target as Element | null;
        if (event.type === 'dblclick') return false;
        // Dragging a node moves the node, not the view.
        if (
          event.type === 'mousedown' ||
          event.type === 'pointerdown' ||
          event.type === 'touchstart'
        )
          return !target?.closest('[data-node-id]');
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event) => {
        if (event.sourceEvent) userMovedRef.current = true;
        const t = event.transform;
        setTransform({ k: t.k, x: t.x, y: t.y });
      });
    zoomRef.current = behaviour;
    select(svg).call(behaviour);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, []);

  const fit = useCallback(
    (animate: boolean) => {
      const svg = svgRef.current;
      const behaviour = zoomRef.current;
      if (!svg || !behaviour) return;
      const t = fitTransform(scene.bounds, width, height, 48);
      const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
      if (animate) select(svg).transition().duration(450).call(behaviour.transform, target);
      else select(svg).call(behaviour.transform, target);
    },
    [scene.bounds, width, height],
  );

  // Fit while the user has not moved the view, and whenever asked to.
  useEffect(() => {
    if (!userMovedRef.current && scene.nodes.length > 0) fit(false);
    // Refit on a new size or a new set of nodes, not on every tick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, graph]);
  const lastFitRequest = useRef(fitRequest);
  useEffect(() => {
    if (fitRequest !== lastFitRequest.current) {
      lastFitRequest.current = fitRequest;
      userMovedRef.current = false;
      fit(true);
    }
  }, [fit, fitRequest]);

  // Centre the selected node when it is chosen from search or the details panel.
  const centreRequest = useAtlas((s) => s.centreRequest);
  useEffect(() => {
    if (!centreRequest || !svgRef.current || !zoomRef.current) return;
    const p = layout.positions().get(centreRequest.id);
    if (!p) return;
    const k = Math.max(transform.k, 1);
    select(svgRef.current)
      .transition()
      .duration(500)
      .call(
        zoomRef.current.transform,
        zoomIdentity.translate(width / 2 - k * p.x, height / 2 - k * p.y).scale(k),
      );
    // Only a new request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centreRequest]);

  useEffect(() => {
    if (scene.nodes.length > 0) markOnce('graph:first-render');
  }, [scene.nodes.length]);

  // Pointer interaction, delegated from the SVG: hover, click, drag to pin, double-click to release.
  const drag = useRef<{ id: string; moved: boolean; pointerId: number } | null>(null);
  const nodeIdAt = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;
  const toGraph = (event: React.PointerEvent) => {
    const rect = svgRef.current!.getBoundingClientRect();
    return {
      x: (event.clientX - rect.left - transform.x) / transform.k,
      y: (event.clientY - rect.top - transform.y) / transform.k,
    };
  };

  return (
    <div className="network-view" ref={containerRef}>
      <NetworkSvg
        svgRef={svgRef}
        scene={scene}
        width={width}
        height={height}
        transform={transform}
        theme={theme}
        label={`Network of ${scene.nodes.length} nodes and ${scene.edges.length} ties`}
        onPointerOver={(e) => {
          const id = nodeIdAt(e.target);
          if (id !== atlasStore.getState().hovered && !drag.current)
            atlasStore.getState().setHovered(id);
        }}
        onPointerLeave={() => atlasStore.getState().setHovered(null)}
        onPointerDown={(e) => {
          const id = nodeIdAt(e.target);
          if (!id || e.button !== 0) return;
          drag.current = { id, moved: false, pointerId: e.pointerId };
          (e.target as Element).setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          const p = toGraph(e);
          d.moved = true;
          layout.pin(d.id, p.x, p.y);
          layout.reheat(0.1);
        }}
        onPointerUp={() => {
          const d = drag.current;
          drag.current = null;
          if (d && !d.moved) {
            const s = atlasStore.getState();
            if (s.connectFrom) s.completeConnect(d.id);
            else s.select(d.id === s.focus ? null : d.id);
          }
        }}
        onDoubleClick={(e) => {
          const id = nodeIdAt(e.target);
          if (!id) return;
          layout.unpin(id);
          layout.reheat(0.2);
        }}
      />
    </div>
  );
}
