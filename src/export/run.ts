import type { UrlState } from '../store';
import type { NetworkExportInput, TimelineExportInput } from './fromState';
import { csvZip, recordsOf, subgraphDocument } from './data';
import { download, fileStamp } from './download';
import { networkSvgString } from './networkSvg';
import { exportSize, type ExportOptions } from './options';
import { svgToPng } from './png';
import { timelineSvgString } from './timelineSvg';
import { describeView } from '../model';

/** Loaded on demand: everything an export needs, kept out of the first download. */
export async function exportNetwork(
  input: NetworkExportInput,
  options: ExportOptions,
  view: UrlState,
  format: 'svg' | 'png' | 'json' | 'csv',
  scale: number,
) {
  if (format === 'json' || format === 'csv') return exportData(input, view, format);
  const stamp = fileStamp();
  const base = `cyber-cooperation-atlas-${stamp}`;
  const svg = networkSvgString(input, options, view, stamp);
  if (format === 'svg') {
    download(svg, `${base}.svg`, 'image/svg+xml');
    return;
  }
  const { width, height } = exportSize(options, input);
  download(await svgToPng(svg, width, height, scale), `${base}@${scale}x.png`, 'image/png');
}

/** The visible nodes and ties with their sources, as a dataset document or two CSV tables. */
export function exportData(
  source: Pick<NetworkExportInput, 'dataset' | 'graph'>,
  view: UrlState,
  format: 'json' | 'csv',
) {
  const base = `cyber-cooperation-atlas-${fileStamp()}`;
  if (format === 'json') {
    const note = describeView(source.dataset, view).join('; ') || 'no filters';
    download(
      JSON.stringify(subgraphDocument(source.dataset, source.graph, note), null, 1),
      `${base}.json`,
      'application/json',
    );
    return;
  }
  download(
    new Blob([csvZip(recordsOf(source.dataset, source.graph)) as BlobPart], {
      type: 'application/zip',
    }),
    `${base}-csv.zip`,
    'application/zip',
  );
}

/** The timeline as SVG or PNG, as the network above. */
export async function exportTimeline(
  input: TimelineExportInput,
  options: ExportOptions,
  view: UrlState,
  format: 'svg' | 'png',
  scale: number,
) {
  const stamp = fileStamp();
  const base = `cyber-cooperation-atlas-timeline-${stamp}`;
  const svg = timelineSvgString(input, options, view, stamp);
  if (format === 'svg') {
    download(svg, `${base}.svg`, 'image/svg+xml');
    return;
  }
  const { width, height } = exportSize(options, input);
  download(await svgToPng(svg, width, height, scale), `${base}@${scale}x.png`, 'image/png');
}
