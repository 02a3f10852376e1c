import { t } from '../i18n';
import { renderToStaticMarkup } from 'react-dom/server';
import { periodOf, sliceByTime, type ViewDescriptionInput } from '../model';
import { isOnTimeline, layoutTimeline, type TimelineLayout } from '../layout/timeline';
import { ExportFrame, layoutFrame } from '../render/ExportFrame';
import { TimelineSvg } from '../render/TimelineSvg';
import { litAround, outsidePeriod, timelineFills, timelineLegend } from '../scene/timelineScene';
import type { TimelineExportInput } from './fromState';
import { footerLines, XML_PROLOG } from './networkSvg';
import { exportSize, type ExportOptions } from './options';

const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The timeline as a standalone SVG document, drawn by the screen's own TimelineSvg inside the
 * export frame. Both framings keep the zoom (the period on screen). `screen` draws the same
 * window as the screen, scrolled lanes and all, scaled to the page; `fit` lays the timeline out
 * afresh for the page with every lane, scaled down as a whole when the lanes need more height
 * than the page has.
 */
export function timelineSvgString(
  input: TimelineExportInput,
  options: ExportOptions,
  view: ViewDescriptionInput,
  date: string,
): string {
  const { width, height } = exportSize(options, input);
  const nodes = input.graph.nodes;
  const dated = nodes.filter(isOnTimeline);
  const inPeriod = sliceByTime({ nodes: dated, edges: [] }, input.range).nodes.length;
  const counts =
    inPeriod === dated.length
      ? t('timeline.count', { count: dated.length })
      : t('timeline.countInPeriod', { count: dated.length, inPeriod });
  const text = {
    title: options.title.trim(),
    caption: options.caption.trim(),
    footer: footerLines(input, view, date, counts),
  };
  const legend = options.legend ? timelineLegend(nodes) : null;
  const frame = layoutFrame(width, height, text, legend);
  const { plot } = frame;

  const layoutAt = (width: number, height: number) => {
    const layout = layoutTimeline(nodes, {
      width,
      height,
      groupBy: input.groupBy,
      extent: input.extent,
      domain: input.domain,
      now: input.now,
      preferredLabels: new Set(input.selectedId ? [input.selectedId] : []),
    });
    if (options.labels === 'none') for (const m of layout.marks) m.labelVisible = false;
    return layout;
  };

  let layout: TimelineLayout;
  let layoutWidth: number;
  let viewport: { top: number; height: number } | undefined;
  if (options.framing === 'screen') {
    layoutWidth = input.width;
    layout = layoutAt(input.width, input.height);
    viewport = { top: input.scrollTop, height: input.height };
  } else {
    // Lanes taller than the page: lay out on a larger canvas of the page's shape and scale it
    // down, so the drawing fills the page rather than standing in a narrow strip. The rows
    // barely depend on the width, so this settles in a step or two.
    let shrink = 1;
    layoutWidth = plot.width;
    layout = layoutAt(layoutWidth, plot.height);
    for (let i = 0; i < 4 && layout.height * shrink > plot.height + 0.5; i++) {
      shrink *= plot.height / (layout.height * shrink);
      layoutWidth = plot.width / shrink;
      layout = layoutAt(layoutWidth, plot.height / shrink);
    }
  }
  const scale = Math.min(
    plot.width / layoutWidth,
    plot.height / (viewport?.height ?? layout.height),
  );

  const markup = renderToStaticMarkup(
    <ExportFrame layout={frame} text={text} legend={legend} background={options.background}>
      <g className="viewport" transform={`translate(${plot.x},${plot.y}) scale(${round(scale)})`}>
        <TimelineSvg
          layout={layout}
          width={layoutWidth}
          theme={options.background}
          fills={timelineFills(nodes)}
          label={t('timeline.label', { count: layout.marks.length })}
          selectedId={input.selectedId}
          litIds={litAround(input.graph.edges, input.selectedId)}
          outsideIds={outsidePeriod(nodes, input.range)}
          period={periodOf(input.range)}
          today={input.now}
          viewport={viewport}
          embedStyle={false}
        />
      </g>
    </ExportFrame>,
  );
  return XML_PROLOG + markup;
}
