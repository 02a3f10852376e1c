import { describe, expect, it } from 'vitest';
import { nearestInDirection, startNode } from '../../../src/scene/keyboardNav';

const nodes = [
  { id: 'c', x: 0, y: 0 },
  { id: 'right', x: 10, y: 1 },
  { id: 'far-right', x: 30, y: 0 },
  { id: 'up', x: 1, y: -10 },
  { id: 'down-right', x: 10, y: 12 },
  { id: 'left', x: -20, y: 3 },
];

describe('nearestInDirection', () => {
  it.each([
    ['right', 'right'],
    ['left', 'left'],
    ['up', 'up'],
    ['down', 'down-right'],
  ] as const)('goes %s to %s', (direction, id) =>
    expect(nearestInDirection(nodes, nodes[0], direction)).toBe(id),
  );

  it('finds nothing where nothing lies that way', () =>
    expect(nearestInDirection(nodes, nodes[2], 'right')).toBeNull());
});

describe('startNode', () => {
  it('starts at the selection, else at the best-connected node', () => {
    const degree = (id: string) => (id === 'up' ? 5 : 1);
    expect(startNode(nodes, degree, 'left')).toBe('left');
    expect(startNode(nodes, degree, 'gone')).toBe('up');
    expect(startNode([], degree, null)).toBeNull();
  });
});
