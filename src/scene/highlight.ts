import type { NetworkScene, SceneEdge, SceneNode } from './networkScene';
import { placeLabels } from './labels';

/**
 * What the user points at, drawn over the base drawing: the hovered or selected node with its
 * ties and neighbours, or a highlighted path. On screen the base is painted once per scene and
 * a veil dims it while a highlight is active, so a hover or a click redraws a neighbourhood,
 * not the whole network.
 */
export interface Highlight {
  /** Whether anything is highlighted (and the base is veiled). */
  active: boolean;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export interface HighlightOptions {
  hovered: string | null;
  selected: string | null;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  zoomK: number;
  /**
   * A node being dragged, drawn where the pointer is with its ties, while the base (and the
   * layout) wait for the drop.
   */
  dragged?: { id: string; x: number; y: number } | null;
}

export const NO_HIGHLIGHT: Highlight = { active: false, nodes: [], edges: [] };

/**
 * The highlight over a base scene (built with nothing hovered, selected or on a path). Costs
 * the size of the neighbourhood or path, not of the network.
 */
export function buildHighlight(scene: NetworkScene, o: HighlightOptions): Highlight {
  const focusId = o.dragged?.id ?? o.hovered ?? o.selected;
  const pathActive = o.pathNodes.size > 0;
  if (!pathActive && !focusId) return NO_HIGHLIGHT;

  // One pass over the ties and one over the nodes, without building an index: the scene is new
  // on every frame of a moving layout, and an index of 25,000 ties would cost more than a scan.
  const litEdges: SceneEdge[] = [];
  const litNodes = new Set<string>();
  if (pathActive) {
    for (const e of scene.edges) if (o.pathEdges.has(e.id)) litEdges.push(e);
    for (const id of o.pathNodes) litNodes.add(id);
  } else if (focusId) {
    litNodes.add(focusId);
    for (const e of scene.edges) {
      if (e.source === focusId) {
        litEdges.push(e);
        litNodes.add(e.target);
      } else if (e.target === focusId) {
        litEdges.push(e);
        litNodes.add(e.source);
      }
    }
  }
  if (o.selected) litNodes.add(o.selected);
  const found = new Map<string, SceneNode>();
  for (const n of scene.nodes) if (litNodes.has(n.id)) found.set(n.id, n);
  if (!pathActive && !found.has(focusId!)) return NO_HIGHLIGHT;

  const nodes: SceneNode[] = [];
  for (const id of litNodes) {
    const n = found.get(id);
    if (!n) continue;
    const moved = o.dragged?.id === id ? o.dragged : null;
    nodes.push({
      ...n,
      ...(moved ? { x: moved.x, y: moved.y } : null),
      emphasis: 'highlight',
      selected: id === o.selected,
      onPath: o.pathNodes.has(id),
    });
  }
  // Labels for the whole neighbourhood: the one in focus first, then by the base's own choice
  // (a node labelled in the base keeps a high rank), never overlapping one another.
  const central = (n: SceneNode) => n.id === focusId || n.selected || n.onPath;
  const placed = placeLabels(
    nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: n.r,
      text: n.labelText,
      priority: (central(n) ? 2e6 : 0) + (n.label !== null ? 1e6 : 0) + n.r,
      always: true,
      essential: central(n),
    })),
    o.zoomK,
    'all',
  );
  for (const n of nodes) {
    const l = placed.get(n.id);
    if (!l) {
      n.label = null;
      continue;
    }
    n.label = n.labelText;
    n.labelX = l.x;
    n.labelY = l.y;
    n.labelAnchor = l.anchor;
  }

  const d = o.dragged;
  const edges = litEdges.map((e): SceneEdge => ({
    ...e,
    ...(d && e.source === d.id ? { x1: d.x, y1: d.y } : null),
    ...(d && e.target === d.id ? { x2: d.x, y2: d.y } : null),
    emphasis: 'highlight',
    onPath: o.pathEdges.has(e.id),
  }));
  return { active: true, nodes, edges };
}
