import { useEffect, useMemo, useRef, useState } from 'react';
import type { Point, Transform } from '../../geometry';
import type { LiveLayout } from '../../layout/forceLayout';
import { createHitIndex, type HitIndex } from '../../scene/hitIndex';
import type { NetworkScene } from '../../scene/networkScene';
import { atlasStore } from '../../store';

export interface PointerTargets {
  onCanvas: boolean;
  /** The drawing surface, for pointer coordinates. */
  surface(): Element | null;
  /** The transform as it is this instant (mid-gesture too). */
  live: React.RefObject<Transform>;
  scene: NetworkScene;
  layout: Pick<LiveLayout, 'pin' | 'unpin' | 'reheat'>;
  /** The layout's latest positions: a node dropped on the canvas stays drawn until they have it. */
  positions: unknown;
}

/**
 * Pointer interaction with nodes: hover (and its tooltip on the canvas), click to select or to
 * end a path, drag to pin, double-click to release, and a click on the background to clear the
 * selection. On the SVG a node is found from the element under the pointer; on the canvas from
 * a spatial index of the scene, built on the first query after the scene changes.
 */
export function useNodePointer({
  onCanvas,
  surface,
  live,
  scene,
  layout,
  positions,
}: PointerTargets) {
  const [tip, setTip] = useState<{ id: string; x: number; y: number } | null>(null);
  // On the canvas a dragged node moves on the highlight layer only; the layout takes it at the
  // drop, so a drag never repaints the whole network on every step.
  const [dragged, setDragged] = useState<({ id: string } & Point) | null>(null);
  const dropped = useRef(false);
  useEffect(() => {
    if (!dropped.current) return;
    dropped.current = false;
    setDragged(null);
  }, [positions]);

  const hits = useMemo(() => {
    let index: HitIndex | null = null;
    return () => (index ??= createHitIndex(scene.nodes));
  }, [scene]);

  const toGraph = (event: { clientX: number; clientY: number }): Point => {
    const rect = surface()!.getBoundingClientRect();
    const t = live.current;
    return {
      x: (event.clientX - rect.left - t.x) / t.k,
      y: (event.clientY - rect.top - t.y) / t.k,
    };
  };
  const nodeIdAt = (event: { clientX: number; clientY: number; target: EventTarget | null }) => {
    if (!onCanvas) {
      const target = event.target as Element | null;
      return target?.closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;
    }
    const p = toGraph(event);
    return hits().nodeAt(p.x, p.y, 4 / live.current.k)?.id ?? null;
  };

  const drag = useRef<{ id: string; moved: boolean } | null>(null);
  const backgroundPress = useRef<{ x: number; y: number } | null>(null);
  const hover = (id: string | null) => {
    if (id !== atlasStore.getState().hovered && !drag.current) atlasStore.getState().setHovered(id);
  };
  const handlers = {
    onPointerLeave: () => {
      atlasStore.getState().setHovered(null);
      setTip(null);
    },
    onPointerDown: (e: React.PointerEvent) => {
      const id = nodeIdAt(e);
      backgroundPress.current = !id && e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
      if (!id || e.button !== 0) return;
      drag.current = { id, moved: false };
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
        setDragged({ id: d.id, ...p });
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
        setDragged({ id: d.id, ...p });
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
  return { handlers, hover, nodeIdAt, tip, dragged };
}
