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
}

export const NO_HIGHLIGHT: Highlight = { active: false, nodes: [], edges: [] };

interface SceneIndex {
  nodeById: Map<string, SceneNode>;
  edgeById: Map<string, SceneEdge>;
  edgesOf: Map<string, SceneEdge[]>;
}

const indexes = new WeakMap<NetworkScene, SceneIndex>();

/** Look-ups into a scene, built once per scene on first use. */
function indexOf(scene: NetworkScene): SceneIndex {
  let index = indexes.get(scene);
  if (index) return index;
  const edgesOf = new Map<string, SceneEdge[]>();
  const add = (id: string, e: SceneEdge) => {
    const list = edgesOf.get(id);
    if (list) list.push(e);
    else edgesOf.set(id, [e]);
  };
  for (const e of scene.edges) {
    add(e.source, e);
    add(e.target, e);
  }
  index = {
    nodeById: new Map(scene.nodes.map((n) => [n.id, n])),
    edgeById: new Map(scene.edges.map((e) => [e.id, e])),
    edgesOf,
  };
  indexes.set(scene, index);
  return index;
}

/**
 * The highlight over a base scene (built with nothing hovered, selected or on a path). Costs
 * the size of the neighbourhood or path, not of the network.
 */
export function buildHighlight(scene: NetworkScene, o: HighlightOptions): Highlight {
  const focusId = o.hovered ?? o.selected;
  const pathActive = o.pathNodes.size > 0;
  if (!pathActive && (!focusId || !indexOf(scene).nodeById.has(focusId))) return NO_HIGHLIGHT;
  const index = indexOf(scene);

  const litEdges: SceneEdge[] = [];
  const litNodes = new Set<string>();
  if (pathActive) {
    for (const id of o.pathEdges) {
      const e = index.edgeById.get(id);
      if (e) litEdges.push(e);
    }
    for (const id of o.pathNodes) litNodes.add(id);
  } else if (focusId) {
    litNodes.add(focusId);
    for (const e of index.edgesOf.get(focusId) ?? []) {
      litEdges.push(e);
      litNodes.add(e.source === focusId ? e.target : e.source);
    }
  }
  if (o.selected) litNodes.add(o.selected);

  const nodes: SceneNode[] = [];
  for (const id of litNodes) {
    const n = index.nodeById.get(id);
    if (!n) continue;
    nodes.push({
      ...n,
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
      text: n.label ?? shortLabel(n.title),
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
    n.label = n.label ?? shortLabel(n.title);
    n.labelX = l.x;
    n.labelY = l.y;
    n.labelAnchor = l.anchor;
  }

  const edges = litEdges.map((e): SceneEdge => ({
    ...e,
    emphasis: 'highlight',
    onPath: o.pathEdges.has(e.id),
  }));
  return { active: true, nodes, edges };
}

/** A node's title is "short — full name"; a label wants the short part. */
function shortLabel(title: string): string {
  const text = title.split(' — ')[0];
  return text.length > 32 ? `${text.slice(0, 31)}…` : text;
}
