import { useCallback, useEffect, useState } from 'react';
import type { TimeRange } from '../../model';

export const PLAY_STEP_MS = 600;

/** The year an "as of" period stands for: no start and a bare year as its end. */
export function asOfYear(range: TimeRange): number | null {
  return range.from === null && range.to !== null && /^\d{4}$/.test(range.to)
    ? Number(range.to)
    : null;
}

/**
 * "As of" playback: shows the network as it stood year by year, from `firstYear` to `lastYear`,
 * one step every PLAY_STEP_MS, and stops at the end or when the period is changed another way.
 */
export function usePlayback(
  range: TimeRange,
  setRange: (range: TimeRange) => void,
  firstYear: number,
  lastYear: number,
) {
  const [playing, setPlaying] = useState(false);
  const year = asOfYear(range);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = asOfYear(range);
      if (current === null || current >= lastYear) return setPlaying(false);
      setRange({ from: null, to: String(current + 1) });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, range, setRange, lastYear]);

  // Someone else (brush, Clear period, URL) changed the period: playback has nothing to follow.
  useEffect(() => {
    if (playing && year === null) setPlaying(false);
  }, [playing, year]);

  const toggle = useCallback(() => {
    if (playing) return setPlaying(false);
    // From the start, unless paused part-way through.
    if (year === null || year >= lastYear || year < firstYear)
      setRange({ from: null, to: String(firstYear) });
    setPlaying(true);
  }, [playing, year, firstYear, lastYear, setRange]);

  return { playing, year, toggle, stop: useCallback(() => setPlaying(false), []) };
}
