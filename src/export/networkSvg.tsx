import { t } from '../i18n';
import { renderToStaticMarkup } from 'react-dom/server';
import { describeRelease, describeView, type ViewDescriptionInput } from '../model';
import { ExportFrame, layoutFrame } from '../render/ExportFrame';
import { NetworkLayers } from '../render/NetworkLayers';
import { buildNetworkScene, boundsOf } from '../scene/networkScene';
import type { NetworkExportInput } from './fromState';
import { exportSize, type ExportOptions } from './options';

export const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function footerLines(
  input: Pick<NetworkExportInput, 'dataset'>,
  view: ViewDescriptionInput,
  date: string,
  counts: string,
): string[] {
  const filters = describeView(input.dataset, view);
  const attribution =
    input.dataset.meta.attribution ??
    `${input.dataset.meta.title}${input.dataset.meta.license ? ` — ${input.dataset.meta.license}` : ''}`;
  return [
    `${counts} · ${filters.length ? t('export.footer.filters', { filters: filters.join('; ') }) : t('export.footer.noFilters')}`,
    [
      t('export.footer.source', { source: attribution }),
      describeRelease(input.dataset.meta),
      t('export.footer.exported', { date }),
    ]
      .filter(Boolean)
      .join(' · '),
  ];
}

/**
 * The network as a standalone SVG document, drawn by the same layer components as the screen.
 * `fit` frames every visible node; `screen` keeps the user's zoom and pan.
 */
export function networkSvgString(
  input: NetworkExportInput,
  options: ExportOptions,
  view: ViewDescriptionInput,
  date: string,
): string {
  const { width, height } = exportSize(options, input);
  const counts = t('export.footer.counts', {
    nodes: input.graph.nodes.length,
    ties: input.graph.edges.length,
  });
  const text = {
    title: options.title.trim(),
    caption: options.caption.trim(),
    footer: footerLines(input, view, date, counts),
  };
  const draft = buildNetworkScene(input.dataset, input.graph, input.positions, {
    ...input.sceneOptions,
    labels: 'none',
    zoomK: 1,
  });
  const legend = options.legend ? draft.legend : null;
  const frame = layoutFrame(width, height, text, legend);
  const { plot } = frame;

  let k: number;
  let x: number;
  let y: number;
  if (options.framing === 'screen') {
    const s = Math.min(plot.width / input.width, plot.height / input.height);
    k = input.transform.k * s;
    x = plot.x + input.transform.x * s;
    y = plot.y + input.transform.y * s;
  } else {
    const b = boundsOf(draft.nodes.map((n) => ({ ...n, r: n.r + 4 })));
    // Leave room on the right for labels that run past the outermost node.
    k = Math.min(2, (plot.width - 120) / b.width, (plot.height - 20) / b.height);
    x = plot.x + (plot.width - 120 - k * b.width) / 2 - k * b.x + 10;
    y = plot.y + (plot.height - k * b.height) / 2 - k * b.y;
  }
  const scene = buildNetworkScene(input.dataset, input.graph, input.positions, {
    ...input.sceneOptions,
    hovered: null,
    labels: options.labels,
    zoomK: k,
  });
  const clipId = 'plot-area';
  const markup = renderToStaticMarkup(
    <ExportFrame layout={frame} text={text} legend={legend} background={options.background}>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <g clipPath={options.framing === 'screen' ? `url(#${clipId})` : undefined}>
        <g
          className="viewport"
          transform={`translate(${round(x)},${round(y)}) scale(${round(k, 4)})`}
        >
          <NetworkLayers scene={scene} k={k} />
        </g>
      </g>
    </ExportFrame>,
  );
  return XML_PROLOG + markup;
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
