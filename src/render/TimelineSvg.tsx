import { formatDate } from '../domain';
import { t } from '../i18n';
import { memo, useId } from 'react';
import type { TimelineLayout, TimelineMark } from '../layout/timeline';
import { BAR_HEIGHT, labelBox, POINT_SIZE, TIMELINE_LABEL_SIZE } from '../layout/timeline';
import type { ThemeName } from '../theme/tokens';
import { svgStyles } from './styles';

const round = (v: number) => Math.round(v * 100) / 100;
const classes = (...names: (string | false | null | undefined)[]) =>
  names.filter(Boolean).join(' ');

export interface TimelinePeriod {
  from: Date | null;
  to: Date | null;
}

export interface TimelineSvgProps {
  layout: TimelineLayout;
  width: number;
  theme: ThemeName | 'transparent';
  /** Fill of each mark, by node id (the network's colours). */
  fills: ReadonlyMap<string, string>;
  /** Accessible name of the drawing. */
  label: string;
  selectedId?: string | null;
  /** When set, marks not in it are dimmed (the hovered node and its neighbours). */
  litIds?: ReadonlySet<string> | null;
  /** Marks outside the chosen period, drawn faint. */
  outsideIds?: ReadonlySet<string>;
  /** The chosen period, shaded across the lanes; an open end runs to the edge. */
  period?: TimelinePeriod | null;
  /** Where "today" falls; omitted, no line is drawn. */
  today?: Date;
  /**
   * The window of a tall timeline that is on screen: the lanes scroll under a fixed axis and
   * brush strip. Omitted (in export), the whole timeline is drawn.
   */
  viewport?: { top: number; height: number };
  svgRef?: React.Ref<SVGSVGElement>;
  /** An empty group in the brush strip for a live d3-brush; omitted (in export), the period is drawn there instead. */
  brushRef?: React.Ref<SVGGElement>;
  /**
   * On screen, marks are buttons reached by keyboard: this mark is the one tab stop among them
   * (a roving tabindex), and arrow keys are handled by the container. Omitted (in export), marks
   * are plain drawing.
   */
  tabStopId?: string | null;
  /** False when a parent SVG already carries the stylesheet (export). */
  embedStyle?: boolean;
}

type Handlers = Pick<
  React.SVGProps<SVGSVGElement>,
  'onPointerOver' | 'onPointerMove' | 'onPointerLeave' | 'onClick' | 'onKeyDown' | 'onFocus'
>;

/** The timeline drawing: lanes, time axis, period, marks and labels. Self-contained SVG, so it exports as is. */
export function TimelineSvg({
  layout,
  width,
  theme,
  fills,
  label,
  selectedId = null,
  litIds = null,
  outsideIds,
  period,
  today,
  viewport,
  svgRef,
  brushRef,
  tabStopId,
  embedStyle = true,
  ...handlers
}: TimelineSvgProps & Handlers) {
  const interactive = tabStopId !== undefined;
  // Ids must be unique on the page (split view, export next to the live view) and valid in url(#…).
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const { frame } = layout;
  const height = viewport?.height ?? layout.height;
  const scroll = viewport?.top ?? 0;
  const plotWidth = frame.plotRight - frame.plotLeft;
  // Lanes and marks are clipped below the header, so when scrolled they pass under the axis.
  const lanesClipTop = frame.lanesTop - 2;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className="timeline-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      // An image's children are hidden from assistive technology; focusable marks need a group.
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      {...handlers}
    >
      {embedStyle && <style>{svgStyles(theme)}</style>}
      <defs>
        <clipPath id={`${uid}-lanes`}>
          <rect x={0} y={lanesClipTop} width={width} height={Math.max(0, height - lanesClipTop)} />
        </clipPath>
        <clipPath id={`${uid}-plot`}>
          <rect x={frame.plotLeft} y={0} width={plotWidth} height={height} />
        </clipPath>
        <clipPath id={`${uid}-marks`}>
          <rect
            x={frame.plotLeft}
            y={lanesClipTop}
            width={plotWidth}
            height={Math.max(0, height - lanesClipTop)}
          />
        </clipPath>
      </defs>
      <rect className="bg" width={width} height={height} />
      <g clipPath={`url(#${uid}-lanes)`}>
        <g transform={scroll ? `translate(0,${-round(scroll)})` : undefined}>
          <Lanes layout={layout} width={width} />
        </g>
      </g>
      <TimeAxis layout={layout} bottom={height} />
      <rect
        className="brush-strip"
        x={frame.plotLeft}
        y={frame.brushY}
        width={plotWidth}
        height={frame.brushHeight}
      />
      {(brushRef || period?.from || period?.to) && (
        <text
          className="brush-hint"
          x={frame.plotLeft - 6}
          y={frame.brushY + frame.brushHeight / 2}
          dy="0.35em"
          textAnchor="end"
        >
          {t('timeline.period')}
        </text>
      )}
      <g clipPath={`url(#${uid}-plot)`}>
        <PeriodBand layout={layout} period={period} bottom={height} inStrip={!brushRef} />
        {today && <TodayLine layout={layout} today={today} bottom={height} />}
      </g>
      <g clipPath={`url(#${uid}-marks)`}>
        <g transform={scroll ? `translate(0,${-round(scroll)})` : undefined}>
          <Marks
            marks={layout.marks}
            fills={fills}
            selectedId={selectedId}
            litIds={litIds}
            outsideIds={outsideIds}
            tabStopId={interactive ? (tabStopId ?? null) : undefined}
          />
        </g>
      </g>
      {brushRef && <g className="brush" ref={brushRef} />}
    </svg>
  );
}

function Lanes({ layout, width }: { layout: TimelineLayout; width: number }) {
  return (
    <g className="lanes">
      {layout.lanes.map((lane, i) => (
        <g key={lane.key} className="lane" data-lane={lane.key}>
          {i % 2 === 0 && (
            <rect className="lane-band" x={0} y={lane.y} width={width} height={lane.height} />
          )}
          <text className="lane-label" x={10} y={lane.y + 16} fontSize={12}>
            {lane.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * A tick's words in the interface's language: the year at a year's start, else the month
 * (with its year when the period shown spans years), else the day of the month.
 */
export function tickLabel(d: Date, domain: [Date, Date]): string {
  const year = d.getUTCFullYear();
  if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return String(year);
  if (d.getUTCDate() !== 1) return String(d.getUTCDate());
  const spansYears = domain[0].getUTCFullYear() !== domain[1].getUTCFullYear();
  if (spansYears) return formatDate(`${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  return t(`date.monthAlone.${d.getUTCMonth() + 1}`);
}

/** A d3-axis-like axis as React elements: ticks adapt to the zoom (decades → years → months). */
function TimeAxis({ layout, bottom }: { layout: TimelineLayout; bottom: number }) {
  const { scale, frame } = layout;
  const count = Math.max(2, Math.floor((frame.plotRight - frame.plotLeft) / 90));
  const ticks = scale.ticks(count);
  const format = (d: Date) => tickLabel(d, layout.domain);
  return (
    <>
      <g className="grid" aria-hidden="true">
        {ticks.map((t) => (
          <line
            key={t.getTime()}
            x1={round(scale(t))}
            x2={round(scale(t))}
            y1={frame.brushY}
            y2={bottom}
          />
        ))}
      </g>
      <g className="axis" aria-hidden="true">
        <path d={`M${frame.plotLeft},${frame.axisY}H${frame.plotRight}`} fill="none" />
        {ticks.map((t) => (
          <g
            key={t.getTime()}
            className="tick"
            transform={`translate(${round(scale(t))},${frame.axisY})`}
          >
            <line y2={-5} />
            <text y={-8} textAnchor="middle" fontSize={11}>
              {format(t)}
            </text>
          </g>
        ))}
      </g>
    </>
  );
}

function PeriodBand({
  layout,
  period,
  bottom,
  inStrip,
}: {
  layout: TimelineLayout;
  period?: TimelinePeriod | null;
  bottom: number;
  /** Mark the period in the brush strip too, where a live brush would show its selection. */
  inStrip: boolean;
}) {
  if (!period || (!period.from && !period.to)) return null;
  const { scale, frame } = layout;
  const x0 = Math.max(frame.plotLeft, period.from ? scale(period.from) : frame.plotLeft);
  const x1 = Math.min(frame.plotRight, period.to ? scale(period.to) : frame.plotRight);
  if (x1 <= x0) return null;
  return (
    <g className="period" aria-hidden="true">
      <rect
        className="period-band"
        x={round(x0)}
        y={frame.brushY}
        width={round(x1 - x0)}
        height={bottom - frame.brushY}
      />
      {inStrip && (
        <rect
          className="period-strip"
          x={round(x0)}
          y={frame.brushY}
          width={round(x1 - x0)}
          height={frame.brushHeight}
        />
      )}
      {period.from && (
        <line className="period-edge" x1={round(x0)} x2={round(x0)} y1={frame.brushY} y2={bottom} />
      )}
      {period.to && (
        <line className="period-edge" x1={round(x1)} x2={round(x1)} y1={frame.brushY} y2={bottom} />
      )}
    </g>
  );
}

function TodayLine({
  layout,
  today,
  bottom,
}: {
  layout: TimelineLayout;
  today: Date;
  bottom: number;
}) {
  const x = round(layout.scale(today));
  return (
    <line
      className="today-line"
      x1={x}
      x2={x}
      y1={layout.frame.brushY}
      y2={bottom}
      aria-hidden="true"
    />
  );
}

const Marks = memo(function Marks({
  marks,
  fills,
  selectedId,
  litIds,
  outsideIds,
  tabStopId,
}: {
  marks: readonly TimelineMark[];
  fills: ReadonlyMap<string, string>;
  selectedId: string | null;
  litIds: ReadonlySet<string> | null;
  outsideIds?: ReadonlySet<string>;
  /** Undefined: marks are not focusable. Null: none is the tab stop yet, so the first is. */
  tabStopId?: string | null;
}) {
  const interactive = tabStopId !== undefined;
  const stop = interactive && marks.some((m) => m.id === tabStopId) ? tabStopId : marks[0]?.id;
  return (
    <g className="marks">
      {marks.map((m) => {
        const fill = fills.get(m.id) ?? '#8a94a3';
        const dim = litIds !== null && !litIds.has(m.id);
        const selected = m.id === selectedId;
        return (
          <g
            key={m.id}
            className={classes(
              'mark',
              `mark--${m.kind}`,
              dim && 'is-dim',
              outsideIds?.has(m.id) && 'is-out',
              selected && 'is-selected',
            )}
            data-node-id={m.id}
            {...(interactive && {
              role: 'button',
              tabIndex: m.id === stop ? 0 : -1,
              'aria-label': m.accessibleName,
              'aria-current': selected ? ('true' as const) : undefined,
            })}
          >
            <title>{m.title}</title>
            {selected && <SelectionHalo mark={m} />}
            {m.kind === 'bar' ? <Bar mark={m} fill={fill} /> : <Point mark={m} fill={fill} />}
            {m.labelVisible && m.labelOnBar && <LabelPlate mark={m} />}
            {m.labelVisible && (
              <text
                className={classes('label', 'mark-label', selected && 'is-strong')}
                x={round(m.labelX)}
                y={round(m.labelY)}
                textAnchor={m.labelAnchor === 'end' ? 'end' : undefined}
                fontSize={TIMELINE_LABEL_SIZE}
                strokeWidth={3}
              >
                {m.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});

/** A soft ring around the selected mark, so it stands out among hundreds. */
function SelectionHalo({ mark }: { mark: TimelineMark }) {
  const pad = 4;
  const half = (mark.kind === 'bar' ? BAR_HEIGHT : POINT_SIZE) / 2 + pad;
  const x0 = mark.kind === 'bar' ? mark.x - pad : mark.x - half;
  const x1 = mark.kind === 'bar' ? Math.max(mark.xEnd, mark.x + 3) + pad : mark.x + half;
  return (
    <rect
      className="selection-halo"
      x={round(x0)}
      y={round(mark.y - half)}
      width={round(x1 - x0)}
      height={round(2 * half)}
      rx={half}
    />
  );
}

/**
 * A label that sits on its own bar gets a plate, so the bar does not show between its words. The
 * plate reaches back over the gap before the label, so no sliver of bar is left in front of it.
 */
function LabelPlate({ mark }: { mark: TimelineMark }) {
  const box = labelBox(mark);
  return (
    <rect
      className="label-plate"
      x={round(box.x0 - 3)}
      y={round(box.y0 - 1)}
      width={round(box.x1 - box.x0 + 5)}
      height={round(box.y1 - box.y0 + 2)}
      rx={2}
    />
  );
}

function Bar({ mark, fill }: { mark: TimelineMark; fill: string }) {
  const width = Math.max(3, mark.xEnd - mark.x);
  return (
    <rect
      className="mark-shape"
      x={round(mark.x)}
      y={round(mark.y - BAR_HEIGHT / 2)}
      width={round(width)}
      height={BAR_HEIGHT}
      rx={2}
      fill={fill}
    />
  );
}

/** An instrument: a rounded square at adoption, a line on to its entry into force. */
function Point({ mark, fill }: { mark: TimelineMark; fill: string }) {
  const s = POINT_SIZE;
  return (
    <>
      {mark.xEnd > mark.x && (
        <>
          <line
            className="mark-link"
            x1={round(mark.x)}
            x2={round(mark.xEnd)}
            y1={round(mark.y)}
            y2={round(mark.y)}
            stroke={fill}
          />
          <circle
            className="mark-end"
            cx={round(mark.xEnd)}
            cy={round(mark.y)}
            r={2.5}
            fill={fill}
          />
        </>
      )}
      <rect
        className="mark-shape"
        x={round(mark.x - s / 2)}
        y={round(mark.y - s / 2)}
        width={s}
        height={s}
        rx={s * 0.22}
        fill={fill}
      />
    </>
  );
}
