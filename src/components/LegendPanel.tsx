import { LegendSvg, layoutLegend, type LegendEntry } from '../render/LegendSvg';
import { svgStyles } from '../render/styles';
import type { ThemeName } from '../theme/tokens';
import { atlasStore, useAtlas } from '../store';
import { useT } from '../i18n/react';

/** The on-screen legend: the same SVG legend that export draws, folded away on request. */
export function LegendPanel({
  entries,
  theme,
}: {
  entries: readonly LegendEntry[];
  theme: ThemeName;
}) {
  const open = useAtlas((s) => s.legendOpen);
  const t = useT();
  const { width, height } = layoutLegend(entries);
  if (entries.length === 0) return null;
  return (
    <figure className="legend-panel" aria-label={t('legend.title')}>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        onClick={() => atlasStore.getState().setLegendOpen(!open)}
      >
        {open ? t('legend.hide') : t('legend.show')}
      </button>
      {open && (
        <svg
          xmlns="http://www.w3.org/2000/svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t('legend.label', { entries: entries.map((e) => e.label).join(', ') })}
        >
          <style>{svgStyles(theme)}</style>
          <LegendSvg entries={entries} />
        </svg>
      )}
    </figure>
  );
}
