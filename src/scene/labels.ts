/** Screen-space label placement: greedy by importance, never overlapping. */

import { BoxGrid, overlaps, type Box } from '../geometry/boxGrid';

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  /** Higher first. */
  priority: number;
  /** Shown whatever the zoom (still never overlapping). */
  always: boolean;
  /**
   * What the user is looking at (selected, hovered, on a path): if every place is blocked by a
   * node, it may cover nodes rather than go missing, but it still never covers another label.
   */
  essential?: boolean;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export type LabelMode = 'all' | 'important' | 'none';

export const LABEL_FONT_SIZE = 11;
const CHAR_WIDTH = 0.56 * LABEL_FONT_SIZE;
const LINE_HEIGHT = LABEL_FONT_SIZE * 1.25;

/** Rough width of a label in screen pixels: enough for collision tests without a DOM. */
export const labelWidth = (text: string) => text.length * CHAR_WIDTH;

/**
 * Choose which labels show and where, in graph coordinates. `k` is the zoom scale: labels keep
 * their screen size, so more of them fit as the user zooms in. `budget` caps labels by rank
 * for the zoom level ("important" mode), so a zoomed-out view is not a wall of text.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  k: number,
  mode: LabelMode,
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  if (mode === 'none') return placed;
  const boxes = new BoxGrid<Box>(64);
  // Node discs are obstacles too, so a label never covers another node.
  const nodeBoxes = new BoxGrid<Box & { id: string }>(64);
  for (const c of candidates)
    nodeBoxes.add({
      x0: c.x * k - c.r * k,
      y0: c.y * k - c.r * k,
      x1: c.x * k + c.r * k,
      y1: c.y * k + c.r * k,
      id: c.id,
    });
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const budget = mode === 'all' ? Infinity : Math.round(12 + 30 * Math.max(0, k - 0.6) ** 1.5 * 4);
  let optional = 0;
  for (const c of ordered) {
    if (!c.always && mode === 'important' && optional >= budget) continue;
    const w = labelWidth(c.text);
    const sx = c.x * k;
    const sy = c.y * k;
    const gap = c.r * k + 3;
    const options: { box: Box; label: PlacedLabel }[] = [
      {
        box: { x0: sx + gap, y0: sy - LINE_HEIGHT / 2, x1: sx + gap + w, y1: sy + LINE_HEIGHT / 2 },
        label: { x: (sx + gap) / k, y: sy / k, anchor: 'start' },
      },
      {
        box: { x0: sx - gap - w, y0: sy - LINE_HEIGHT / 2, x1: sx - gap, y1: sy + LINE_HEIGHT / 2 },
        label: { x: (sx - gap) / k, y: sy / k, anchor: 'end' },
      },
      {
        box: { x0: sx - w / 2, y0: sy + gap, x1: sx + w / 2, y1: sy + gap + LINE_HEIGHT },
        label: { x: sx / k, y: (sy + gap + LINE_HEIGHT / 2) / k, anchor: 'middle' },
      },
      {
        box: { x0: sx - w / 2, y0: sy - gap - LINE_HEIGHT, x1: sx + w / 2, y1: sy - gap },
        label: { x: sx / k, y: (sy - gap - LINE_HEIGHT / 2) / k, anchor: 'middle' },
      },
      // Then the corners, for a crowded neighbourhood.
      ...[-1, 1].flatMap((dy) => {
        const y0 = dy < 0 ? sy - gap * 0.7 - LINE_HEIGHT : sy + gap * 0.7;
        const y = (y0 + LINE_HEIGHT / 2) / k;
        const dx = gap * 0.7;
        return [
          {
            box: { x0: sx + dx, y0, x1: sx + dx + w, y1: y0 + LINE_HEIGHT },
            label: { x: (sx + dx) / k, y, anchor: 'start' as const },
          },
          {
            box: { x0: sx - dx - w, y0, x1: sx - dx, y1: y0 + LINE_HEIGHT },
            label: { x: (sx - dx) / k, y, anchor: 'end' as const },
          },
        ];
      }),
    ];
    const clearOfLabels = options.filter((o) => !boxes.some(o.box, (b) => overlaps(b, o.box)));
    const free =
      clearOfLabels.find(
        (o) => !nodeBoxes.some(o.box, (n) => n.id !== c.id && overlaps(n, o.box)),
      ) ?? (c.essential ? clearOfLabels[0] : undefined);
    if (!free) continue;
    boxes.add(free.box);
    placed.set(c.id, free.label);
    if (!c.always) optional += 1;
  }
  return placed;
}
