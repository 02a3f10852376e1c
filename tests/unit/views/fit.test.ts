import { describe, expect, it } from 'vitest';
import { fitClearOf, fitTransform } from '../../../src/views/network/fit';

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
