import { useT } from '../../i18n/react';
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
  const t = useT();
  return (
    <div className="timeline-controls" role="toolbar" aria-label={t('timeline.controls')}>
      <label htmlFor={groupId}>{t('timeline.groupBy')}</label>
      <select
        id={groupId}
        value={p.groupBy}
        onChange={(e) => p.onGroupBy(e.target.value as TimelineGroupBy)}
      >
        {TIMELINE_GROUPINGS.map((g) => (
          <option key={g.value} value={g.value}>
            {t(`timeline.groupBy.${g.value}`)}
          </option>
        ))}
      </select>
      <span className="timeline-zoom">
        <button
          type="button"
          title={t('timeline.zoomIn')}
          aria-label={t('timeline.zoomIn')}
          onClick={p.onZoomIn}
        >
          +
        </button>
        <button
          type="button"
          title={t('timeline.zoomOut')}
          aria-label={t('timeline.zoomOut')}
          onClick={p.onZoomOut}
        >
          −
        </button>
        <button type="button" onClick={p.onResetZoom}>
          {t('timeline.resetZoom')}
        </button>
      </span>
      <button type="button" onClick={p.onClearPeriod} disabled={!p.hasPeriod}>
        {t('timeline.clearPeriod')}
      </button>
      <span className="timeline-asof">
        <label htmlFor={yearId}>{t('timeline.asOf')}</label>
        <input
          id={yearId}
          type="range"
          min={p.firstYear}
          max={p.lastYear}
          step={1}
          value={p.year ?? p.lastYear}
          onChange={(e) => p.onYear(Number(e.target.value))}
        />
        <output htmlFor={yearId}>{p.year ?? t('timeline.asOf.all')}</output>
        <button type="button" aria-pressed={p.playing} onClick={p.onPlay}>
          {p.playing ? t('timeline.pause') : t('timeline.play')}
        </button>
      </span>
    </div>
  );
}
