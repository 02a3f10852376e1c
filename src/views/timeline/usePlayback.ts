import { useCallback, useEffect, useState } from 'react';
import type { TimeRange } from '../../model';
import { prefersReducedMotion } from '../../platform/motion';

/** A short run steps at a readable pace; a long one speeds up so it stays about PLAY_RUN_MS. */
export const PLAY_STEP_MS = 600;
export const PLAY_MIN_STEP_MS = 150;
export const PLAY_RUN_MS = 15_000;

/** With less motion asked for, each year holds long enough to read and never speeds up. */
export const PLAY_CALM_STEP_MS = 1500;

export const playStepMs = (steps: number, calm = false) =>
  calm
    ? PLAY_CALM_STEP_MS
    : Math.round(
        Math.min(PLAY_STEP_MS, Math.max(PLAY_MIN_STEP_MS, PLAY_RUN_MS / Math.max(1, steps))),
      );

/** The year an "as of" period stands for: no start and a bare year as its end. */
export function asOfYear(range: TimeRange): number | null {
  return range.from === null && range.to !== null && /^\d{4}$/.test(range.to)
    ? Number(range.to)
    : null;
}

/**
 * "As of" playback: shows the network as it stood year by year up to `lastYear`, and stops at
 * the end or when the period is changed another way. It starts from the year on the slider, or
 * from `startYear` when the slider rests at the end.
 */
export function usePlayback(
  range: TimeRange,
  setRange: (range: TimeRange) => void,
  startYear: number,
  lastYear: number,
) {
  const [playing, setPlaying] = useState(false);
  const [stepMs, setStepMs] = useState(PLAY_STEP_MS);
  const year = asOfYear(range);

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const current = asOfYear(range);
      if (current === null || current >= lastYear) return setPlaying(false);
      setRange({ from: null, to: String(current + 1) });
    }, stepMs);
    return () => clearTimeout(timer);
  }, [playing, range, setRange, lastYear, stepMs]);

  // Someone else (brush, Clear period, URL) changed the period: playback has nothing to follow.
  useEffect(() => {
    if (playing && year === null) setPlaying(false);
  }, [playing, year]);

  const toggle = useCallback(() => {
    if (playing) return setPlaying(false);
    const from = year === null || year >= lastYear ? startYear : year;
    if (from !== year) setRange({ from: null, to: String(from) });
    setStepMs(playStepMs(lastYear - from, prefersReducedMotion()));
    setPlaying(true);
  }, [playing, year, startYear, lastYear, setRange]);

  return { playing, year, toggle, stop: useCallback(() => setPlaying(false), []) };
}
