import type { Bounds } from '../geometry';
import type { DataNode, Dataset, NodeType, RelationshipType } from '../domain';
import { FUNCTION_TERMS } from '../domain';
import { i18n, t } from '../i18n';
import { term } from '../i18n/terms';
import type { Positions } from '../layout/forceLayout';
import { PLAIN_LOOK, type NodeLookOptions, type ViewEdge, type VisibleGraph } from '../model';
import {
  EDGE_FAMILIES,
  EDGE_FAMILY,
  FUNCTION_COLOURS,
  COMMUNITY_COLOURS,
  OTHER_COMMUNITY_COLOUR,
  communityColour,
  NODE_SHAPE,
  NO_FUNCTION_COLOUR,
  STATE_COLOUR,
  type EdgeFamily,
} from '../theme/tokens';
import { placeLabels, type LabelMode } from './labels';

export type Emphasis = 'normal' | 'dim' | 'highlight';

export interface SceneNode {
  id: string;
  type: NodeType;
  shape: 'circle' | 'square' | 'dot';
  x: number;
  y: number;
  r: number;
  fill: string;
  title: string;
  /** The label, where one is placed. */
  label: string | null;
  /** What its label says, placed or not (a highlight may place it). */
  labelText: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end' | 'middle';
  emphasis: Emphasis;
  selected: boolean;
  onPath: boolean;
}

export interface SceneEdge {
  id: string;
  type: RelationshipType;
  family: EdgeFamily;
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  emphasis: Emphasis;
  onPath: boolean;
}

export type LegendEntry =
  | { group: 'colour'; label: string; colour: string; by?: 'community' }
  | { group: 'shape'; label: string; shape: SceneNode['shape'] }
  | { group: 'edge'; label: string; family: EdgeFamily };

export interface NetworkScene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: LegendEntry[];
  bounds: Bounds;
}

export interface SceneOptions {
  hovered: string | null;
  selected: string | null;
  /** Node and edge ids on the highlighted path(s). */
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  zoomK: number;
  labels: LabelMode;
  /** Nodes sized by a measure and coloured by community, instead of by ties and function. */
  look?: NodeLookOptions;
}


/** An edge's drawing family: its relationship's, unless its date is not known in the period shown. */
export const edgeFamily = (e: ViewEdge): EdgeFamily =>
  e.dateUnknown ? 'undated' : EDGE_FAMILY[e.type];

export const nodeColour = (n: DataNode): string =>
  n.type === 'state'
    ? STATE_COLOUR
    : n.functions[0]
      ? FUNCTION_COLOURS[n.functions[0]]
      : NO_FUNCTION_COLOUR;

export function nodeRadius(type: NodeType, degree: number): number {
  if (type === 'state') return 3.5;
  return Math.min(24, 6 + 1.9 * Math.sqrt(degree));
}

export const nodeLabelText = (n: DataNode): string => {
  const text = n.shortName ?? n.name;
  return text.length > 32 ? `${text.slice(0, 31)}…` : text;
};

/** Turn a positioned subgraph into what to draw: shapes, colours, emphasis, labels and legend. */
export function buildNetworkScene(
  dataset: Dataset,
  graph: VisibleGraph,
  positions: Positions,
  o: SceneOptions,
): NetworkScene {
  const focusId = o.hovered ?? o.selected;
  const lit = new Set<string>();
  if (focusId) {
    lit.add(focusId);
    for (const e of graph.edges) {
      if (e.source === focusId) lit.add(e.target);
      if (e.target === focusId) lit.add(e.source);
    }
  }
  const pathActive = o.pathNodes.size > 0;
  const emphasisOf = (id: string): Emphasis => {
    if (pathActive) return o.pathNodes.has(id) ? 'highlight' : 'dim';
    if (!focusId) return 'normal';
    return lit.has(id) ? 'highlight' : 'dim';
  };

  const looks = nodeLooks(dataset, graph, o.look ?? PLAIN_LOOK);
  const nodes: SceneNode[] = [];
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const look = looks.get(n.id)!;
    nodes.push({
      id: n.id,
      type: n.type,
      shape: look.shape,
      x: p.x,
      y: p.y,
      r: look.r,
      fill: look.fill,
      title: look.title,
      label: null,
      labelText: look.label,
      labelX: p.x,
      labelY: p.y,
      labelAnchor: 'start',
      emphasis: emphasisOf(n.id),
      selected: n.id === o.selected,
      onPath: o.pathNodes.has(n.id),
    });
  }

  const degree = (id: string) => dataset.degree.get(id) ?? 0;
  const { alwaysIds, hubIds } = labelRanks(dataset, graph);
  // While a large layout moves, no labels: skip building their candidates too.
  const labels =
    o.labels === 'none'
      ? new Map()
      : placeLabels(
          nodes.map((n) => {
            const boosted = n.selected || n.onPath || (focusId !== null && lit.has(n.id));
            return {
              id: n.id,
              x: n.x,
              y: n.y,
              r: n.r,
              text: n.labelText,
              priority: (boosted ? 1e6 : 0) + degree(n.id) + (n.type === 'state' ? -1000 : 0),
              always: boosted || alwaysIds.has(n.id),
              essential: boosted || hubIds.has(n.id),
            };
          }),
          o.zoomK,
          o.labels,
        );
  for (const n of nodes) {
    const l = labels.get(n.id);
    if (!l) continue;
    n.label = n.labelText;
    n.labelX = l.x;
    n.labelY = l.y;
    n.labelAnchor = l.anchor;
  }

  const edges: SceneEdge[] = [];
  for (const e of graph.edges) {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b) continue;
    const onPath = o.pathEdges.has(e.id);
    let emphasis: Emphasis = 'normal';
    if (pathActive) emphasis = onPath ? 'highlight' : 'dim';
    else if (focusId) emphasis = e.source === focusId || e.target === focusId ? 'highlight' : 'dim';
    edges.push({
      id: e.id,
      type: e.type,
      family: edgeFamily(e),
      source: e.source,
      target: e.target,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      emphasis,
      onPath,
    });
  }

  return { nodes, edges, legend: legendFor(graph, o.look ?? PLAIN_LOOK), bounds: boundsOf(nodes) };
}

interface NodeLook {
  shape: SceneNode['shape'];
  r: number;
  fill: string;
  title: string;
  label: string;
}
const nodeLookCache = new WeakMap<
  VisibleGraph,
  { look: NodeLookOptions; looks: Map<string, NodeLook> }
>();

/** A node's radius from a measure, relative to the largest value among the nodes shown. */
export function measuredRadius(type: NodeType, value: number, max: number): number {
  const share = max > 0 ? Math.sqrt(Math.max(0, value) / max) : 0;
  return type === 'state' ? 3 + 7 * share : 5 + 19 * share;
}

/**
 * What a node looks like whatever its position: worked out once per graph (and way of sizing
 * and colouring), not on every frame of a moving layout.
 */
function nodeLooks(
  dataset: Dataset,
  graph: VisibleGraph,
  look: NodeLookOptions,
): Map<string, NodeLook> {
  const cached = nodeLookCache.get(graph);
  if (cached && cached.look.size === look.size && cached.look.community === look.community)
    return cached.looks;
  const max = look.size ? Math.max(0, ...graph.nodes.map((n) => look.size![n.id] ?? 0)) : 0;
  const looks = new Map(
    graph.nodes.map((n) => [
      n.id,
      {
        shape: NODE_SHAPE[n.type],
        r: look.size
          ? measuredRadius(n.type, look.size[n.id] ?? 0, max)
          : nodeRadius(n.type, dataset.degree.get(n.id) ?? 0),
        fill: look.community ? communityColour(look.community[n.id] ?? -1) : nodeColour(n),
        title: n.shortName && n.shortName !== n.name ? `${n.shortName} — ${n.name}` : n.name,
        label: nodeLabelText(n),
      },
    ]),
  );
  nodeLookCache.set(graph, { look, looks });
  return looks;
}

const ranks = new WeakMap<VisibleGraph, { alwaysIds: Set<string>; hubIds: Set<string> }>();

/**
 * The bodies whose labels always show (the 24 best connected) and the hubs among them (the 10
 * best connected), once per graph rather than on every frame of a moving layout.
 */
function labelRanks(dataset: Dataset, graph: VisibleGraph) {
  let r = ranks.get(graph);
  if (r) return r;
  const degree = (id: string) => dataset.degree.get(id) ?? 0;
  const bodies = graph.nodes
    .filter((n) => n.type !== 'state')
    .sort((a, b) => degree(b.id) - degree(a.id));
  r = {
    alwaysIds: new Set(bodies.slice(0, 24).map((n) => n.id)),
    // The hubs sit where the drawing is densest: their names may cover a small node there
    // rather than go missing (never another label).
    hubIds: new Set(bodies.slice(0, 10).map((n) => n.id)),
  };
  ranks.set(graph, r);
  return r;
}

const legends = new WeakMap<
  VisibleGraph,
  { locale: string; look: NodeLookOptions; entries: LegendEntry[] }
>();

/** Legend entries for exactly what is on screen (once per graph and way of colouring). */
export function legendFor(graph: VisibleGraph, look: NodeLookOptions = PLAIN_LOOK): LegendEntry[] {
  // Its words are in the interface's language: a new language makes new entries.
  const known = legends.get(graph);
  if (
    known &&
    known.locale === i18n.locale &&
    known.look.community === look.community &&
    known.look.size === look.size
  )
    return known.entries;
  const entries = legendEntries(graph, look);
  legends.set(graph, { locale: i18n.locale, look, entries });
  return entries;
}

function legendEntries(graph: VisibleGraph, look: NodeLookOptions): LegendEntry[] {
  const functions = new Set(
    graph.nodes.filter((n) => n.type !== 'state').map((n) => n.functions[0]),
  );
  const types = new Set(graph.nodes.map((n) => n.type));
  const families = new Set(graph.edges.map(edgeFamily));
  const entries: LegendEntry[] = [];
  if (look.community) {
    // Communities shown, largest first; those past the palette share one entry.
    const shown = new Set(graph.nodes.map((n) => look.community![n.id] ?? -1));
    for (let c = 0; c < COMMUNITY_COLOURS.length; c++)
      if (shown.has(c))
        entries.push({
          group: 'colour',
          label: t('legend.community', { n: c + 1 }),
          colour: communityColour(c),
          by: 'community',
        });
    if ([...shown].some((c) => c < 0 || c >= COMMUNITY_COLOURS.length))
      entries.push({
        group: 'colour',
        label: t('legend.otherCommunities'),
        colour: OTHER_COMMUNITY_COLOUR,
        by: 'community',
      });
  } else {
    for (const fn of Object.keys(FUNCTION_TERMS) as (keyof typeof FUNCTION_TERMS)[]) {
      if (functions.has(fn))
        entries.push({
          group: 'colour',
          label: term('function', fn),
          colour: FUNCTION_COLOURS[fn],
        });
    }
    if (functions.has(undefined as never))
      entries.push({ group: 'colour', label: t('legend.noFunction'), colour: NO_FUNCTION_COLOUR });
  }
  for (const type of ['organization', 'instrument', 'state'] as const) {
    if (types.has(type))
      entries.push({
        group: 'shape',
        label: term('type', type, 'plural'),
        shape: NODE_SHAPE[type],
      });
  }
  for (const family of EDGE_FAMILIES) {
    if (families.has(family))
      entries.push({ group: 'edge', label: t(`legend.edge.${family}`), family });
  }
  return entries;
}

export function boundsOf(nodes: readonly { x: number; y: number; r: number }[]): Bounds {
  if (nodes.length === 0) return { x: -100, y: -100, width: 200, height: 200 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.r);
    y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r);
    y1 = Math.max(y1, n.y + n.r);
  }
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}
