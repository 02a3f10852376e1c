import { describe, expect, it } from 'vitest';
import { zoomedDomain } from '../../../src/layout/timeline';
import {
  PLAY_MIN_STEP_MS,
  PLAY_RUN_MS,
  PLAY_STEP_MS,
  asOfYear,
  playStepMs,
  PLAY_CALM_STEP_MS,
} from '../../../src/views/timeline/usePlayback';
import { rescaleZoom } from '../../../src/views/timeline/useTimelineZoom';

describe('timeline zoom', () => {
  const extent: [Date, Date] = [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2030, 0, 1))];

  it('keeps the period on screen when the plot changes size', () => {
    const zoom = { k: 4, x: -1500, plotLeft: 132, plotRight: 1174 };
    const before = zoomedDomain(extent, zoom, zoom);
    for (const [left, right] of [
      [132, 814],
      [100, 1400],
    ]) {
      const after = rescaleZoom(zoom, left, right);
      expect(after.k).toBe(4);
      const domain = zoomedDomain(extent, after, after);
      expect(Math.abs(domain[0].getTime() - before[0].getTime())).toBeLessThan(60_000);
      expect(Math.abs(domain[1].getTime() - before[1].getTime())).toBeLessThan(60_000);
    }
  });
});

describe('"as of" playback', () => {
  it('reads the year from an open-ended period only', () => {
    expect(asOfYear({ from: null, to: '1999' })).toBe(1999);
    expect(asOfYear({ from: '1990', to: '1999' })).toBeNull();
    expect(asOfYear({ from: null, to: '1999-05' })).toBeNull();
  });

  it('steps slowly through a few years and faster through many, within bounds', () => {
    expect(playStepMs(5)).toBe(PLAY_STEP_MS);
    expect(playStepMs(60)).toBe(Math.round(PLAY_RUN_MS / 60));
    expect(playStepMs(60) * 60).toBeLessThanOrEqual(PLAY_RUN_MS);
    expect(playStepMs(1000)).toBe(PLAY_MIN_STEP_MS);
  });

  it('holds each year long enough to read, never faster, when less motion is asked for', () => {
    for (const steps of [5, 60, 1000]) {
      expect(playStepMs(steps, true)).toBe(PLAY_CALM_STEP_MS);
      expect(playStepMs(steps, true)).toBeGreaterThan(playStepMs(steps));
    }
  });
});
