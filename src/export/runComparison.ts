import type { Dataset } from '../domain';
import type { Comparison } from '../model';
import { t } from '../i18n';
import { comparisonCsv, comparisonSvgString } from './comparison';
import { download, fileStamp } from './download';

/** Loaded on demand: the comparison as a CSV table or an SVG drawing. */
export function exportComparison(dataset: Dataset, c: Comparison, format: 'csv' | 'svg') {
  const base = `cyber-cooperation-atlas-compare-${fileStamp()}`;
  if (format === 'csv') {
    download(comparisonCsv(c), `${base}.csv`, 'text/csv');
    return;
  }
  const title = t('compare.exportTitle', { states: c.states.map((s) => s.name).join(', ') });
  const footer = t('compare.footer', {
    title: dataset.meta.title,
    version: dataset.meta.version ?? '',
    updated: dataset.meta.updated ?? '',
  });
  download(comparisonSvgString(c, title, footer), `${base}.svg`, 'image/svg+xml');
}
