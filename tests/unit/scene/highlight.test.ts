import { describe, expect, it } from 'vitest';
import { buildHighlight, NO_HIGHLIGHT } from '../../../src/scene/highlight';
import type { NetworkScene, SceneEdge, SceneNode } from '../../../src/scene/networkScene';

const node = (id: string, x: number, y: number, label: string | null = null): SceneNode => ({
  id,
  type: 'organization',
  shape: 'circle',
  x,
  y,
  r: 6,
  fill: '#000',
  title: id.toUpperCase(),
  label,
  labelText: id.toUpperCase(),
  labelX: x,
  labelY: y,
  labelAnchor: 'start',
  emphasis: 'normal',
  selected: false,
  onPath: false,
});
const edge = (source: string, target: string, nodes: SceneNode[]): SceneEdge => {
  const a = nodes.find((n) => n.id === source)!;
  const b = nodes.find((n) => n.id === target)!;
  return {
    id: `${source}-${target}`,
    type: 'cooperates-with',
    family: 'cooperation',
    source,
    target,
    x1: a.x,
    y1: a.y,
    x2: b.x,
    y2: b.y,
    emphasis: 'normal',
    onPath: false,
  };
};
const nodes = [node('a', 0, 0, 'A'), node('b', 100, 0), node('c', 0, 100), node('d', 300, 300)];
const scene: NetworkScene = {
  nodes,
  edges: [edge('a', 'b', nodes), edge('a', 'c', nodes), edge('c', 'd', nodes)],
  legend: [],
  bounds: { x: 0, y: 0, width: 300, height: 300 },
};
const NONE = new Set<string>();
const base = { hovered: null, selected: null, pathNodes: NONE, pathEdges: NONE, zoomK: 1 };

describe('buildHighlight', () => {
  it('is empty when nothing is pointed at, or the node is not drawn', () => {
    expect(buildHighlight(scene, base)).toBe(NO_HIGHLIGHT);
    expect(buildHighlight(scene, { ...base, hovered: 'zzz' })).toBe(NO_HIGHLIGHT);
  });

  it('lights a hovered node, its ties and its neighbours, labelled, and leaves the base alone', () => {
    const h = buildHighlight(scene, { ...base, hovered: 'a' });
    expect(h.active).toBe(true);
    expect(h.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(h.edges.map((e) => e.id).sort()).toEqual(['a-b', 'a-c']);
    expect(h.nodes.every((n) => n.emphasis === 'highlight' && n.label !== null)).toBe(true);
    // A neighbour unlabelled in the base gets its short name.
    expect(h.nodes.find((n) => n.id === 'b')!.label).toBe('B');
    expect(scene.nodes.every((n) => n.emphasis === 'normal')).toBe(true);
  });

  it('lights a path, and marks the selected node', () => {
    const h = buildHighlight(scene, {
      ...base,
      selected: 'd',
      pathNodes: new Set(['a', 'c', 'd']),
      pathEdges: new Set(['a-c', 'c-d']),
    });
    expect(h.edges.map((e) => e.id).sort()).toEqual(['a-c', 'c-d']);
    expect(h.edges.every((e) => e.onPath)).toBe(true);
    expect(h.nodes.find((n) => n.id === 'd')!.selected).toBe(true);
  });

  it('draws a dragged node where the pointer is, with its ties following', () => {
    const h = buildHighlight(scene, { ...base, dragged: { id: 'a', x: 50, y: 60 } });
    const a = h.nodes.find((n) => n.id === 'a')!;
    expect([a.x, a.y]).toEqual([50, 60]);
    const ab = h.edges.find((e) => e.id === 'a-b')!;
    expect([ab.x1, ab.y1, ab.x2, ab.y2]).toEqual([50, 60, 100, 0]);
    // The base keeps the node where the layout has it, until the drop.
    expect([scene.nodes[0].x, scene.nodes[0].y]).toEqual([0, 0]);
  });
});
