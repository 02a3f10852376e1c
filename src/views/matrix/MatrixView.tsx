import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { MATRIX_ORDERS, adjacencyMatrix, type MatrixOrder, type VisibleGraph } from '../../model';
import { atlasStore, useAtlas } from '../../store';
import { useT } from '../../i18n/react';
import { term } from '../../i18n/terms';
import { useElementSize } from '../../platform/useElementSize';
import { nodeColour } from '../../scene/networkScene';
import { useNetworkMeasures } from '../network/useNetworkMeasures';
import { communityColour } from '../../theme/tokens';
import './matrix.css';

const LABEL_SPACE = 170;
const GROUP_SPACE = 110;

/**
 * The adjacency matrix of the network shown: a row and a column per node, a filled cell per tie,
 * ordered by region, type or community so that dense groups show as blocks. A click on a row or
 * a cell selects its node everywhere; ↑ and ↓ move the selection along the rows.
 */
export function MatrixView({ graph }: { graph: VisibleGraph }) {
  const t = useT();
  const order = useAtlas((s) => s.order);
  const selected = useAtlas((s) => s.focus);
  const values = useAtlas((s) => s.measureValues);
  useNetworkMeasures(graph, order === 'community');
  const community = order === 'community' ? (values?.community ?? null) : null;
  const matrix = useMemo(() => adjacencyMatrix(graph, order, community), [graph, order, community]);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const n = matrix.nodes.length;
  // Names need room above and beside the grid; with cells too small to name, groups are named
  // beside it only.
  const fits = (space: number) =>
    n === 0 ? 10 : Math.floor((Math.min(width, height || width) - space - 16) / n);
  const labels = fits(LABEL_SPACE) >= 9;
  const top = labels ? LABEL_SPACE : 8;
  const left = labels ? LABEL_SPACE : GROUP_SPACE;
  const cell = Math.max(2, Math.min(16, fits(Math.max(left, top))));
  const size = cell * n;
  const selectedRow = matrix.nodes.findIndex((node) => node.id === selected);
  const [said, setSaid] = useState('');
  const select = (i: number) => {
    const node = matrix.nodes[i];
    if (!node) return;
    atlasStore.getState().select(node.id);
    const ties = matrix.cells.filter((c) => c.row === i).length;
    setSaid(t('matrix.row', { index: i + 1, count: n, name: node.name, ties }));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const from = selectedRow < 0 ? -1 : selectedRow;
    select(Math.min(n - 1, Math.max(0, from + (e.key === 'ArrowDown' ? 1 : -1))));
  };
  const groupLabel = (key: string) => {
    const [kind, value] = key.split(':');
    if (kind === 'community') return t('legend.community', { n: Number(value) + 1 });
    if (kind === 'type') return term('type', value, 'plural');
    return value === 'none' ? t('matrix.noRegion') : term('region', value);
  };
  const fill = (row: number, col: number) => {
    const node = matrix.nodes[row].type === 'state' ? matrix.nodes[col] : matrix.nodes[row];
    return community ? communityColour(community[node.id] ?? -1) : nodeColour(node);
  };

  return (
    <div className="matrix-view">
      <div className="matrix-controls">
        <label>
          {t('matrix.order')}{' '}
          <select
            value={order}
            onChange={(e) => atlasStore.getState().setMatrixOrder(e.target.value as MatrixOrder)}
          >
            {MATRIX_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`matrix.order.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {order === 'community' && !values
            ? t('measures.computing')
            : t('matrix.summary', { nodes: n, ties: graph.edges.length })}
        </span>
        <p className="visually-hidden" aria-live="polite">
          {said}
        </p>
      </div>
      <div className="matrix-box" ref={boxRef}>
        <svg
          width={size + left + 8}
          height={size + top + 8}
          role="img"
          tabIndex={0}
          aria-label={t('matrix.label', { nodes: n, ties: graph.edges.length })}
          aria-describedby="matrix-help"
          onKeyDown={onKey}
          className="matrix-svg"
        >
          <g transform={`translate(${left},${top})`}>
            <rect width={size} height={size} className="matrix-frame" />
            {matrix.groups.map((g) => (
              <g key={g.key}>
                <rect
                  x={g.start * cell}
                  y={g.start * cell}
                  width={(g.end - g.start + 1) * cell}
                  height={(g.end - g.start + 1) * cell}
                  className="matrix-block"
                />
                {!labels && (
                  <text
                    x={-6}
                    y={((g.start + g.end + 1) / 2) * cell}
                    className="matrix-group"
                    textAnchor="end"
                    dominantBaseline="middle"
                  >
                    {groupLabel(g.key)}
                  </text>
                )}
              </g>
            ))}
            {selectedRow >= 0 && (
              <>
                <rect y={selectedRow * cell} width={size} height={cell} className="matrix-band" />
                <rect x={selectedRow * cell} width={cell} height={size} className="matrix-band" />
              </>
            )}
            {matrix.cells.map((c) => (
              <rect
                key={`${c.row},${c.col}`}
                x={c.col * cell}
                y={c.row * cell}
                width={Math.max(1, cell - (cell > 4 ? 1 : 0))}
                height={Math.max(1, cell - (cell > 4 ? 1 : 0))}
                fill={fill(c.row, c.col)}
                className="matrix-cell"
                onClick={() => select(c.row)}
              >
                <title>{`${matrix.nodes[c.row].name} — ${matrix.nodes[c.col].name}: ${c.types
                  .map((r) => term('rel', r))
                  .join(', ')}`}</title>
              </rect>
            ))}
            {labels &&
              matrix.nodes.map((node, i) => (
                <g key={node.id}>
                  <text
                    x={-6}
                    y={i * cell + cell / 2}
                    textAnchor="end"
                    dominantBaseline="middle"
                    className={i === selectedRow ? 'matrix-label is-selected' : 'matrix-label'}
                    onClick={() => select(i)}
                  >
                    {(node.shortName ?? node.name).slice(0, 26)}
                  </text>
                  <text
                    transform={`translate(${i * cell + cell / 2},-6) rotate(-60)`}
                    className={i === selectedRow ? 'matrix-label is-selected' : 'matrix-label'}
                    onClick={() => select(i)}
                  >
                    {(node.shortName ?? node.name).slice(0, 26)}
                  </text>
                </g>
              ))}
          </g>
        </svg>
        <p id="matrix-help" className="muted matrix-help">
          {t('matrix.help')}
        </p>
      </div>
    </div>
  );
}
