import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, type LabelCandidate } from '../../../src/scene/labels';

const c = (id: string, x: number, y: number, priority: number, always = false): LabelCandidate => ({
  id,
  x,
  y,
  r: 5,
  text: `Label ${id}`,
  priority,
  always,
});

describe('placeLabels', () => {
  it('never lets two labels overlap, preferring important nodes', () => {
    const crowd = Array.from({ length: 30 }, (_, i) =>
      c(`n${i}`, (i % 6) * 12, Math.floor(i / 6) * 6, i, i > 25),
    );
    const placed = placeLabels(crowd, 1, 'all');
    const boxes = [...placed.entries()].map(([id, l]) => {
      const w = labelWidth(`Label ${id}`);
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x0, x1: x0 + w, y0: l.y - 6, y1: l.y + 6 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    expect(placed.has('n29')).toBe(true);
    expect(placed.size).toBeLessThan(30);
  });

  it('shows more labels as the user zooms in', () => {
    const spread = Array.from({ length: 80 }, (_, i) =>
      c(`n${i}`, (i % 10) * 40, Math.floor(i / 10) * 30, i),
    );
    expect(placeLabels(spread, 4, 'important').size).toBeGreaterThan(
      placeLabels(spread, 0.5, 'important').size,
    );
  });

  it('shows none in "none" mode', () => {
    expect(placeLabels([c('a', 0, 0, 1, true)], 1, 'none').size).toBe(0);
  });
});

describe('essential labels', () => {
  const crowd = [
    { id: 'a', x: 0, y: 0, r: 10, text: 'Selected', priority: 10, always: true, essential: true },
    { id: 'b', x: 20, y: 0, r: 10, text: 'B', priority: 1, always: true },
    { id: 'c', x: -20, y: 0, r: 10, text: 'C', priority: 1, always: true },
    { id: 'd', x: 0, y: 20, r: 10, text: 'D', priority: 1, always: true },
    { id: 'e', x: 0, y: -20, r: 10, text: 'E', priority: 1, always: true },
  ];

  it('shows the label of what the user looks at even when nodes block every place', () => {
    expect(placeLabels(crowd, 1, 'important').has('a')).toBe(true);
  });

  it('leaves other labels out when nodes block every place', () => {
    const plain = crowd.map((c) => ({ ...c, essential: false }));
    expect(placeLabels(plain, 1, 'important').has('a')).toBe(false);
  });
});
