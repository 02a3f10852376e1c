import { t } from '../i18n';
import type { LegendEntry as NetworkLegendEntry } from '../scene/networkScene';
import type { TimelineLegendEntry } from '../scene/timelineScene';
import { EDGE_FAMILY_STYLE } from '../theme/tokens';
import { NodeShape } from './NodeShape';

/** An entry of the network's legend or the timeline's. */
export type LegendEntry = NetworkLegendEntry | TimelineLegendEntry;

const ROW = 17;
const HEADING = 20;
const PAD = 10;

export interface LegendLayout {
  width: number;
  height: number;
  rows: (
    { kind: 'heading'; text: string; y: number } | { kind: 'entry'; entry: LegendEntry; y: number }
  )[];
}

export function layoutLegend(entries: readonly LegendEntry[], width = 270): LegendLayout {
  const rows: LegendLayout['rows'] = [];
  let y = PAD;
  for (const group of ['colour', 'shape', 'mark', 'edge'] as const) {
    const items = entries.filter((e) => e.group === group);
    if (items.length === 0) continue;
    const byCommunity = items.some((e) => e.group === 'colour' && e.by === 'community');
    rows.push({
      kind: 'heading',
      text: t(byCommunity ? 'legend.group.community' : `legend.group.${group}`),
      y: y + 12,
    });
    y += HEADING;
    for (const entry of items) {
      rows.push({ kind: 'entry', entry, y: y + ROW / 2 });
      y += ROW;
    }
    y += 4;
  }
  // Wide enough for the longest line in the interface's language (about 6 px a character).
  const longest = Math.max(
    0,
    ...rows.map((r) => (r.kind === 'heading' ? r.text : r.entry.label).length),
  );
  return { width: Math.min(420, Math.max(width, 42 + longest * 6)), height: y + PAD - 4, rows };
}

/** The legend as SVG, for the screen and for export alike. */
export function LegendSvg({
  entries,
  x = 0,
  y = 0,
  width,
}: {
  entries: readonly LegendEntry[];
  x?: number;
  y?: number;
  width?: number;
}) {
  const layout = layoutLegend(entries, width);
  return (
    <g id="legend" className="legend" transform={`translate(${x},${y})`}>
      <rect className="legend-box" width={layout.width} height={layout.height} rx={6} />
      {layout.rows.map((row, i) =>
        row.kind === 'heading' ? (
          <text key={i} className="legend-title" x={PAD} y={row.y} fontSize={11}>
            {row.text}
          </text>
        ) : (
          <g
            key={i}
            className={`legend-entry legend-entry--${row.entry.group}`}
            transform={`translate(${PAD},${row.y})`}
          >
            <LegendSwatch entry={row.entry} />
            <text className="legend-text" x={30} dy="0.35em" fontSize={11}>
              {row.entry.label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}

function LegendSwatch({ entry }: { entry: LegendEntry }) {
  switch (entry.group) {
    case 'colour':
      return (
        <g transform="translate(10,0)">
          <NodeShape shape="circle" r={6} fill={entry.colour} strokeWidth={1} />
        </g>
      );
    case 'shape':
      return (
        <g transform="translate(10,0)">
          <NodeShape
            shape={entry.shape}
            r={entry.shape === 'dot' ? 3.5 : 6}
            fill="#8a94a3"
            strokeWidth={1}
          />
        </g>
      );
    case 'mark':
      return entry.mark === 'bar' ? (
        <rect className="mark-shape" x={0} y={-4} width={22} height={8} rx={2} fill="#8a94a3" />
      ) : (
        <>
          <line className="mark-link" x1={6} x2={20} y1={0} y2={0} stroke="#8a94a3" />
          <circle className="mark-end" cx={20} cy={0} r={2.5} fill="#8a94a3" />
          <rect
            className="mark-shape"
            x={1.5}
            y={-4.5}
            width={9}
            height={9}
            rx={2}
            fill="#8a94a3"
          />
        </>
      );
    case 'edge':
      return (
        <line
          className={`legend-edge edge--${entry.family}`}
          x1={0}
          x2={22}
          y1={0}
          y2={0}
          strokeWidth={EDGE_FAMILY_STYLE[entry.family].width + 0.4}
        />
      );
  }
}
