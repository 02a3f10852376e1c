/** An axis-aligned box in screen pixels: x0 ≤ x1, y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Boxes bucketed in a uniform grid, so a collision test looks at a few neighbours instead of
 * every box: placing labels stays near-linear at 10,000 nodes or marks. Shared by the network's
 * and the timeline's label placement.
 */
export class BoxGrid<T extends Box> {
  private cells = new Map<number, T[]>();
  constructor(private size: number) {}
  /** Cells as numbers, not strings: no text is built for each of 10,000 boxes. */
  private keys(b: Box): number[] {
    const keys: number[] = [];
    const i0 = Math.floor(b.x0 / this.size);
    const i1 = Math.floor(b.x1 / this.size);
    const j0 = Math.floor(b.y0 / this.size);
    const j1 = Math.floor(b.y1 / this.size);
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) keys.push(i * 1_000_003 + j);
    return keys;
  }
  add(b: T) {
    for (const key of this.keys(b)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
    }
  }
  some(b: Box, test: (other: T) => boolean): boolean {
    return this.keys(b).some((key) => this.cells.get(key)?.some(test) ?? false);
  }
}
