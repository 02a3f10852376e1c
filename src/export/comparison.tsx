/**
 * The comparison matrix as files: a CSV table (one row per body, one column per state) and a
 * standalone SVG for slides and papers, drawn with presentation attributes only. Both read the
 * same comparison model as the table on screen.
 */
import Papa from 'papaparse';
import { renderToStaticMarkup } from 'react-dom/server';
import { escapeCell } from '../domain/csvFormat';
import type { Comparison, CompareCell, TieStatus } from '../model';
import { t } from '../i18n';
import { term } from '../i18n/terms';
import { FONT_STACK, FUNCTION_COLOURS, NO_FUNCTION_COLOUR, PALETTES } from '../theme/tokens';
import { XML_PROLOG } from './networkSvg';

/** A cell in words: "party · 2005-04-07", "member · date unknown". */
export function cellText(cell: CompareCell | null): string {
  if (!cell) return '';
  const status = t(`profile.status.${cell.status}`);
  return `${status} · ${cell.edge.start ?? t('lifecycle.dateUnknown')}`;
}

export function comparisonCsv(c: Comparison): string {
  const header = [
    t('compare.body'),
    t('compare.function'),
    ...c.states.map((s) => s.name),
    t('compare.shared'),
  ];
  const rows = c.rows.map((r) => [
    r.body.name,
    r.fn ? term('function', r.fn) : '',
    ...r.cells.map(cellText),
    String(r.shared),
  ]);
  return Papa.unparse({
    fields: header.map(escapeCell),
    data: rows.map((row) => row.map(escapeCell)),
  });
}

const STATUS_FILL: Record<TieStatus, (accent: string) => string> = {
  member: (accent) => accent,
  party: (accent) => accent,
  signatory: () => '#ffffff',
  former: () => '#c7ced8',
};

const CELL = 30;
const LABEL_WIDTH = 360;
const HEADER_HEIGHT = 150;
const TITLE_HEIGHT = 70;
const FONT = 15;

/** Clip a label to what fits in `chars`, the whole name kept in the SVG's <title>. */
const clip = (text: string, chars: number) =>
  text.length > chars ? `${text.slice(0, chars - 1)}…` : text;

export function comparisonSvgString(c: Comparison, title: string, footer: string): string {
  const palette = PALETTES.light;
  const groups: { fn: string | null; start: number }[] = [];
  c.rows.forEach((r, i) => {
    if (groups.at(-1)?.fn !== r.fn) groups.push({ fn: r.fn, start: i });
  });
  // Rows, with a header line before each function's group.
  const lines: ({ kind: 'group'; fn: string | null } | { kind: 'row'; index: number })[] = [];
  c.rows.forEach((r, i) => {
    if (groups.some((g) => g.start === i)) lines.push({ kind: 'group', fn: r.fn });
    lines.push({ kind: 'row', index: i });
  });
  const gridX = LABEL_WIDTH;
  const gridY = TITLE_HEIGHT + HEADER_HEIGHT;
  const width = gridX + CELL * c.states.length + 90;
  const height = gridY + CELL * (lines.length + 2) + 60;
  const text = { fontFamily: FONT_STACK, fill: palette.text };
  const markup = renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <rect width={width} height={height} fill={palette.background} />
      <text x={20} y={44} fontSize={28} fontWeight={700} {...text}>
        {title}
      </text>
      {c.states.map((s, j) => (
        <text
          key={s.id}
          transform={`translate(${gridX + j * CELL + CELL / 2 + 5},${gridY - 8}) rotate(-50)`}
          fontSize={FONT}
          {...text}
        >
          {clip(s.name, 20)}
          <title>{s.name}</title>
        </text>
      ))}
      <text x={gridX + c.states.length * CELL + 12} y={gridY - 8} fontSize={FONT} {...text}>
        {t('compare.shared')}
      </text>
      {lines.map((line, k) => {
        const y = gridY + k * CELL;
        if (line.kind === 'group') {
          const colour = line.fn
            ? FUNCTION_COLOURS[line.fn as keyof typeof FUNCTION_COLOURS]
            : NO_FUNCTION_COLOUR;
          return (
            <g key={`g${k}`}>
              <rect x={20} y={y + 10} width={12} height={12} fill={colour} />
              <text x={40} y={y + 21} fontSize={FONT} fontWeight={700} {...text}>
                {line.fn ? term('function', line.fn) : t('profile.noFunction')}
              </text>
            </g>
          );
        }
        const row = c.rows[line.index];
        const accent = row.fn
          ? FUNCTION_COLOURS[row.fn as keyof typeof FUNCTION_COLOURS]
          : NO_FUNCTION_COLOUR;
        return (
          <g key={row.body.id}>
            <text x={40} y={y + 20} fontSize={FONT} {...text}>
              {clip(row.body.shortName ?? row.body.name, 40)}
              <title>{row.body.name}</title>
            </text>
            {row.cells.map((cell, j) => (
              <g key={j}>
                <rect
                  x={gridX + j * CELL + 2}
                  y={y + 2}
                  width={CELL - 4}
                  height={CELL - 4}
                  rx={3}
                  fill={cell ? STATUS_FILL[cell.status](accent) : 'none'}
                  stroke={cell ? accent : palette.edge}
                  strokeWidth={cell ? 2 : 0.5}
                >
                  <title>{`${row.body.name} · ${c.states[j].name}: ${cellText(cell) || t('compare.none')}`}</title>
                </rect>
              </g>
            ))}
            <text x={gridX + c.states.length * CELL + 12} y={y + 20} fontSize={FONT} {...text}>
              {`${row.shared} / ${c.states.length}`}
            </text>
          </g>
        );
      })}
      <g transform={`translate(20,${gridY + CELL * lines.length + 24})`}>
        {(['party', 'signatory', 'former'] as const).map((status, i) => (
          <g key={status} transform={`translate(${i * 200},0)`}>
            <rect
              width={16}
              height={16}
              rx={3}
              fill={STATUS_FILL[status](palette.mutedText)}
              stroke={palette.mutedText}
              strokeWidth={2}
            />
            <text x={24} y={13} fontSize={FONT} {...text}>
              {t(`compare.legend.${status}`)}
            </text>
          </g>
        ))}
      </g>
      <text x={20} y={height - 18} fontSize={13} fontFamily={FONT_STACK} fill={palette.mutedText}>
        {footer}
      </text>
    </svg>,
  );
  return XML_PROLOG + markup;
}
