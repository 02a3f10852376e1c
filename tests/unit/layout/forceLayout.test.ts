import { describe, expect, it } from 'vitest';
import {
  breadthFirstOrder,
  communities,
  createForceLayout,
  tuningFor,
} from '../../../src/layout/forceLayout';
import { filterGraph, NO_FILTERS } from '../../../src/model';
import { readSeed, seedPositions, toSeed } from '../../../src/layout/seed';
import { layoutInput, sameLayoutInput } from '../../../src/views/network/useForceLayout';
import { loadFixture } from '../helpers';

const d = loadFixture();
const input = layoutInput(d, filterGraph(d, NO_FILTERS));

describe('createForceLayout', () => {
  it('gives the same picture for the same data and seed', () => {
    const a = createForceLayout(input, { seed: 3 }).tick(200);
    const b = createForceLayout(input, { seed: 3 }).tick(200);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(a.size).toBe(input.nodes.length);
  });

  it('starts at rest from a stored seed of the same graph, and near it for a larger one', () => {
    const rested = createForceLayout(input, { seed: 3, manual: true });
    rested.start();
    while (!rested.advance(10_000));
    const seed = readSeed(JSON.parse(JSON.stringify(toSeed('x', 3, rested.positions()))))!;
    const initial = seedPositions(seed);
    const seeded = createForceLayout(input, { seed: 3, initial, atRest: true });
    expect(seeded.isSettled()).toBe(true);
    seeded.start();
    expect(seeded.isSettled()).toBe(true);
    for (const [id, p] of seeded.positions()) {
      expect(p.x).toBeCloseTo(initial.get(id)!.x, 5);
      expect(p.y).toBeCloseTo(initial.get(id)!.y, 5);
    }
    // One node missing from the seed: it starts beside a neighbour and the layout runs.
    const [first, ...rest] = [...initial];
    const partial = createForceLayout(input, { seed: 3, initial: new Map(rest), atRest: true });
    partial.start();
    expect(partial.isSettled()).toBe(false);
    const placed = partial.positions().get(first[0])!;
    expect(Number.isFinite(placed.x) && Number.isFinite(placed.y)).toBe(true);
    partial.destroy();
  });

  it('refuses a seed file that is not one', () => {
    expect(readSeed(null)).toBeNull();
    expect(readSeed({ version: '1', seed: 7, positions: { a: [1, 'x'] } })).toBeNull();
    expect(readSeed({ version: '1', seed: 7, positions: { a: [1, 2, 3] } })).toBeNull();
    expect(readSeed({ version: '1', seed: 7, positions: [] })).toBeNull();
    expect(readSeed({ version: '1', seed: 7, positions: { a: [1, 2] } })).not.toBeNull();
  });

  it('spreads nodes apart (no two on the same spot)', () => {
    const p = [...createForceLayout(input, { seed: 3 }).tick(200).values()];
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++)
        expect(Math.hypot(p[i].x - p[j].x, p[i].y - p[j].y)).toBeGreaterThan(5);
  });

  it('keeps the positions of nodes that remain when the graph changes', () => {
    const layout = createForceLayout(input, { seed: 3 });
    const before = layout.tick(300);
    const smaller = {
      nodes: input.nodes.filter((n) => n.id !== 'afripol'),
      links: input.links.filter((l) => l.source !== 'afripol' && l.target !== 'afripol'),
    };
    layout.update(smaller);
    const after = layout.positions();
    expect(after.has('afripol')).toBe(false);
    for (const [id, p] of after) expect(p).toEqual(before.get(id));
    // Coming back, a node starts beside a neighbour that kept its place.
    layout.update(input);
    const back = layout.positions().get('afripol')!;
    const anchor = layout.positions().get('interpol')!;
    expect(Math.hypot(back.x - anchor.x, back.y - anchor.y)).toBeLessThan(10);
  });

  it('pins a dragged node and releases it', () => {
    const layout = createForceLayout(input, { seed: 3 });
    layout.pin('un', 500, 500);
    expect(layout.tick(5).get('un')).toEqual({ x: 500, y: 500 });
    layout.unpin('un');
    layout.reheat(0.5);
    expect(layout.tick(20).get('un')).not.toEqual({ x: 500, y: 500 });
    layout.destroy();
  });
});

describe('breadthFirstOrder', () => {
  it('starts from the best-connected node and visits neighbours before strangers', () => {
    const links = [
      { source: 'hub', target: 'a' },
      { source: 'hub', target: 'b' },
      { source: 'hub', target: 'c' },
      { source: 'a', target: 'far' },
      { source: 'x', target: 'y' },
    ];
    expect(breadthFirstOrder(['far', 'a', 'x', 'c', 'b', 'hub', 'y', 'lone'], links)).toEqual([
      'hub',
      'a',
      'b',
      'c',
      'far',
      'x',
      'y',
      'lone',
    ]);
  });
});

describe('tuningFor', () => {
  it('trades precision for speed only on large graphs', () => {
    expect(tuningFor(400)).toMatchObject({ theta: 0.9, collide: true });
    expect(tuningFor(3000).theta).toBeGreaterThan(tuningFor(400).theta);
    expect(tuningFor(10000).collide).toBe(false);
  });
});

describe('sameLayoutInput', () => {
  it('tells a new graph from the same graph computed again', () => {
    const again = layoutInput(d, filterGraph(d, NO_FILTERS));
    expect(again).not.toBe(input);
    expect(sameLayoutInput(input, again)).toBe(true);
    expect(sameLayoutInput(input, { ...input, nodes: input.nodes.slice(1) })).toBe(false);
    const rewired = { ...input, links: [...input.links].reverse() };
    expect(sameLayoutInput(input, rewired)).toBe(false);
  });
});

describe('communities', () => {
  // Two triangles joined by one bridge, and a loner.
  const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'lone'];
  const links = [
    { source: 'a1', target: 'a2' },
    { source: 'a2', target: 'a3' },
    { source: 'a3', target: 'a1' },
    { source: 'b1', target: 'b2' },
    { source: 'b2', target: 'b3' },
    { source: 'b3', target: 'b1' },
    { source: 'a1', target: 'b1' },
  ];

  it('puts densely tied nodes together and keeps the groups apart', () => {
    const label = communities(ids, links);
    expect(new Set(['a1', 'a2', 'a3'].map((id) => label.get(id))).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3'].map((id) => label.get(id))).size).toBe(1);
    expect(label.get('a2')).not.toBe(label.get('b2'));
    expect(label.get('lone')).not.toBe(label.get('a1'));
  });

  it('gives the same answer every time', () => {
    expect([...communities(ids, links)]).toEqual([...communities(ids, links)]);
  });
});
