/** Moving a keyboard focus through a drawn network: to the nearest node in a direction. */

export type Direction = 'left' | 'right' | 'up' | 'down';

interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * The node a press of an arrow key goes to: among nodes ahead in that direction (within about
 * 60° of it), the nearest, counting sideways distance double so the move follows the arrow.
 * Null when nothing lies that way.
 */
export function nearestInDirection(
  nodes: readonly Placed[],
  from: Placed,
  direction: Direction,
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const along = sign * (horizontal ? n.x - from.x : n.y - from.y);
    const across = Math.abs(horizontal ? n.y - from.y : n.x - from.x);
    if (along <= 0 || across > along * 1.8) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n.id;
    }
  }
  return best;
}

/** Where keyboard travel starts: the selected node if drawn, else the best-connected one. */
export function startNode(
  nodes: readonly Placed[],
  degree: (id: string) => number,
  selected: string | null,
): string | null {
  if (selected && nodes.some((n) => n.id === selected)) return selected;
  let best: string | null = null;
  for (const n of nodes) if (best === null || degree(n.id) > degree(best)) best = n.id;
  return best;
}
