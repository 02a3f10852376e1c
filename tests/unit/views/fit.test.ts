import { describe, expect, it } from 'vitest';
import { revealPoints, fitClearOf, fitTransform } from '../../../src/views/network/fit';

const bounds = { x: -100, y: -100, width: 200, height: 200 };
/** Where the bounds' corners land on screen under a transform. */
const onScreen = (t: { k: number; x: number; y: number }) => ({
  left: t.x + t.k * bounds.x,
  right: t.x + t.k * (bounds.x + bounds.width),
  top: t.y + t.k * bounds.y,
  bottom: t.y + t.k * (bounds.y + bounds.height),
});

describe('fitTransform', () => {
  it('centres the bounds inside the padding, no larger than the maximum scale', () => {
    const t = fitTransform(bounds, 500, 300, 50);
    const s = onScreen(t);
    expect(s.top).toBeCloseTo(50);
    expect(s.bottom).toBeCloseTo(250);
    expect((s.left + s.right) / 2).toBeCloseTo(250);
    expect(fitTransform(bounds, 10_000, 10_000, 0).k).toBe(1.6);
  });
});

describe('fitClearOf', () => {
  const corner = { width: 300, height: 250 };

  it('keeps the drawing out of the corner panel', () => {
    for (const [w, h] of [
      [1200, 800],
      [800, 1200],
    ]) {
      const s = onScreen(fitClearOf(bounds, w, h, 20, corner));
      const overlapsX = s.left < corner.width;
      const overlapsY = s.bottom > h - corner.height;
      expect(overlapsX && overlapsY).toBe(false);
    }
  });

  it('puts a wide viewport’s drawing beside the panel and a tall one’s above it', () => {
    expect(onScreen(fitClearOf(bounds, 1600, 700, 20, corner)).left).toBeGreaterThanOrEqual(300);
    expect(onScreen(fitClearOf(bounds, 700, 1600, 20, corner)).bottom).toBeLessThanOrEqual(
      1600 - 250,
    );
  });

  it('is a plain fit without a panel', () => {
    expect(fitClearOf(bounds, 1000, 600, 50, null)).toEqual(fitTransform(bounds, 1000, 600, 50));
  });
});

describe('revealPoints', () => {
  const view = { k: 1, x: 0, y: 0 };
  const onScreen = (t: { k: number; x: number; y: number }, p: { x: number; y: number }) => ({
    x: t.x + t.k * p.x,
    y: t.y + t.k * p.y,
  });

  it('leaves the view alone when the whole path is already clear of the panel', () => {
    expect(
      revealPoints(
        [
          { x: 100, y: 300 },
          { x: 500, y: 400 },
        ],
        view,
        800,
        600,
        120,
      ),
    ).toBeNull();
  });

  it('moves a path that runs under the panel into the clear part below it', () => {
    const path = [
      { x: 100, y: 50 },
      { x: 600, y: 500 },
    ];
    const next = revealPoints(path, view, 800, 600, 150)!;
    expect(next).not.toBeNull();
    for (const p of path) {
      const at = onScreen(next, p);
      expect(at.y).toBeGreaterThanOrEqual(150);
      expect(at.y).toBeLessThanOrEqual(600);
      expect(at.x).toBeGreaterThanOrEqual(0);
      expect(at.x).toBeLessThanOrEqual(800);
    }
    expect(next.k).toBeLessThanOrEqual(view.k);
  });

  it('keeps the path clear of the legend in the bottom-left corner too', () => {
    const path = [
      { x: 50, y: 550 },
      { x: 300, y: 560 },
    ];
    const corner = { width: 250, height: 200 };
    const next = revealPoints(path, view, 800, 600, 100, corner)!;
    expect(next).not.toBeNull();
    for (const p of path) {
      const at = onScreen(next, p);
      const under = at.x < corner.width && at.y > 600 - corner.height;
      expect(under).toBe(false);
      expect(at.y).toBeGreaterThanOrEqual(100);
    }
  });

  it('does not zoom in beyond the present view to show a short path', () => {
    const far = { k: 0.5, x: -2000, y: -2000 };
    const next = revealPoints(
      [
        { x: 10, y: 10 },
        { x: 20, y: 20 },
      ],
      far,
      800,
      600,
      100,
    )!;
    expect(next.k).toBe(0.5);
    const mid = onScreen(next, { x: 15, y: 15 });
    expect(mid.x).toBeCloseTo(400);
    expect(mid.y).toBeCloseTo(100 + 250);
  });
});
