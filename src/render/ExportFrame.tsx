import type { ReactNode } from 'react';
import type { ThemeName } from '../theme/tokens';
import { LegendSvg, layoutLegend, type LegendEntry } from './LegendSvg';
import { svgStyles } from './styles';

export interface FrameText {
  title: string;
  caption: string;
  /** Footer lines: attribution, active filters, date. */
  footer: string[];
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the drawing goes, inside the title, legend and footer. */
  plot: { x: number; y: number; width: number; height: number };
}

const MARGIN = 28;
const TITLE_H = 34;
const CAPTION_H = 22;
const FOOTER_LINE = 15;
const LEGEND_W = 270;

export function layoutFrame(
  width: number,
  height: number,
  text: FrameText,
  legend: readonly LegendEntry[] | null,
): FrameLayout {
  const top = MARGIN + (text.title ? TITLE_H : 0) + (text.caption ? CAPTION_H : 0);
  const bottom = MARGIN + text.footer.length * FOOTER_LINE + 6;
  const right = legend && legend.length ? LEGEND_W + 20 : 0;
  return {
    width,
    height,
    plot: {
      x: MARGIN,
      y: top,
      width: Math.max(50, width - 2 * MARGIN - right),
      height: Math.max(50, height - top - bottom),
    },
  };
}

/**
 * A standalone SVG document around a drawing: title, caption, legend and footer, with its
 * stylesheet embedded so the file looks the same in any viewer. Text stays real <text>.
 */
export function ExportFrame({
  layout,
  text,
  legend,
  background,
  children,
}: {
  layout: FrameLayout;
  text: FrameText;
  legend: readonly LegendEntry[] | null;
  background: ThemeName | 'transparent';
  children: ReactNode;
}) {
  const { width, height, plot } = layout;
  const legendLayout = legend && legend.length ? layoutLegend(legend) : null;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={`atlas-export theme-${background}`}
    >
      <style>{svgStyles(background)}</style>
      <rect id="background" className="bg" width={width} height={height} />
      {text.title && (
        <text id="title" className="title" x={MARGIN} y={MARGIN + 18} fontSize={22}>
          {text.title}
        </text>
      )}
      {text.caption && (
        <text
          id="caption"
          className="muted"
          x={MARGIN}
          y={MARGIN + (text.title ? TITLE_H : 0) + 14}
          fontSize={14}
        >
          {text.caption}
        </text>
      )}
      <g id="drawing">{children}</g>
      {legendLayout && legend && (
        <LegendSvg entries={legend} x={width - MARGIN - legendLayout.width} y={plot.y} />
      )}
      <g id="footer" className="footer">
        {text.footer.map((line, i) => (
          <text
            key={i}
            className="muted"
            x={MARGIN}
            y={height - MARGIN + 8 - (text.footer.length - 1 - i) * FOOTER_LINE}
            fontSize={11}
          >
            {line}
          </text>
        ))}
      </g>
    </svg>
  );
}
