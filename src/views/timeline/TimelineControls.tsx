import { useId } from 'react';
import { TIMELINE_GROUPINGS, type TimelineGroupBy } from '../../layout/timeline';

export interface TimelineControlsProps {
  groupBy: TimelineGroupBy;
  onGroupBy(groupBy: TimelineGroupBy): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onResetZoom(): void;
  hasPeriod: boolean;
  onClearPeriod(): void;
  firstYear: number;
  lastYear: number;
  /** The "as of" year, or null when the period is something else (then the slider rests at the end). */
  year: number | null;
  onYear(year: number): void;
  playing: boolean;
  onPlay(): void;
}

/** The timeline's toolbar: grouping, zoom, period and "as of" playback. Every control is labelled. */
export function TimelineControls(p: TimelineControlsProps) {
  const groupId = useId();
  const yearId = useId();
  return (
    <div className="timeline-controls" role="toolbar" aria-label="Timeline controls">
      <label htmlFor={groupId}>Group by</label>
      <select
        id={groupId}
        value={p.groupBy}
        onChange={(e) => p.onGroupBy(e.target.value as TimelineGroupBy)}
      >
        {TIMELINE_GROUPINGS.map((g) => (
          <option key={g.value} value={g.value}>
            {g.label}
          </option>
        ))}
      </select>
      <span className="timeline-zoom">
        <button type="button" title="Zoom in" aria-label="Zoom in" onClick={p.onZoomIn}>
          +
        </button>
        <button type="button" title="Zoom out" aria-label="Zoom out" onClick={p.onZoomOut}>
          −
        </button>
        <button type="button" onClick={p.onResetZoom}>
          Reset zoom
        </button>
      </span>
      <button type="button" onClick={p.onClearPeriod} disabled={!p.hasPeriod}>
        Clear period
      </button>
      <span className="timeline-asof">
        <label htmlFor={yearId}>As of year</label>
        <input
          id={yearId}
          type="range"
          min={p.firstYear}
          max={p.lastYear}
          step={1}
          value={p.year ?? p.lastYear}
          onChange={(e) => p.onYear(Number(e.target.value))}
        />
        <output htmlFor={yearId}>{p.year ?? 'all'}</output>
        <button type="button" aria-pressed={p.playing} onClick={p.onPlay}>
          {p.playing ? 'Pause' : 'Play'}
        </button>
      </span>
    </div>
  );
}
