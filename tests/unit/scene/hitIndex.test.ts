import { describe, expect, it } from 'vitest';
import { createHitIndex } from '../../../src/scene/hitIndex';
import type { SceneNode } from '../../../src/scene/networkScene';

const node = (id: string, x: number, y: number, r: number) =>
  ({ id, x, y, r }) as unknown as SceneNode;

describe('createHitIndex', () => {
  const index = createHitIndex([node('big', 0, 0, 20), node('small', 50, 0, 3)]);

  it('finds the node under the point, inside its radius', () => {
    expect(index.nodeAt(12, 12, 0)?.id).toBe('big');
    expect(index.nodeAt(51, 1, 0)?.id).toBe('small');
  });

  it('allows a little slack around small nodes, and no more', () => {
    expect(index.nodeAt(55, 0, 0)).toBeNull();
    expect(index.nodeAt(55, 0, 3)?.id).toBe('small');
    expect(index.nodeAt(35, 0, 3)).toBeNull();
  });

  it('finds nothing in an empty scene', () => {
    expect(createHitIndex([]).nodeAt(0, 0, 10)).toBeNull();
  });
});
