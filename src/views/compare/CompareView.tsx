import { useMemo, useState } from 'react';
import { FUNCTIONS, REGIONS, formatDate, type CyberFunction, type Dataset } from '../../domain';
import {
  MAX_COMPARED,
  compareStates,
  comparedStates,
  membersOf,
  statesOfRegion,
  type ColumnOrder,
  type CompareCell,
  type RowOrder,
} from '../../model';
import { atlasStore, useAtlas } from '../../store';
import { useT } from '../../i18n/react';
import { term } from '../../i18n/terms';
import './compare.css';

/**
 * States side by side: one row per organization or instrument any of them is tied to, one column
 * per state, each cell its status and date. States are added one by one, by region or by the
 * members of a body; the choice is in the link (`?compare=KAZ,UZB,KGZ`).
 */
export function CompareView({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const ids = useAtlas((s) => s.compare);
  const [fn, setFn] = useState<CyberFunction | ''>('');
  const [rows, setRows] = useState<RowOrder>('function');
  const [columns, setColumns] = useState<ColumnOrder>('given');
  const comparison = useMemo(
    () => compareStates(dataset, ids, { functions: fn ? [fn] : [], rows, columns }),
    [dataset, ids, fn, rows, columns],
  );
  const chosen = comparedStates(dataset, ids);
  const unknown = ids.filter((id) => !chosen.some((s) => s.id === id));
  const states = useMemo(
    () =>
      dataset.nodes.filter((n) => n.type === 'state').sort((a, b) => a.name.localeCompare(b.name)),
    [dataset],
  );
  const bodies = useMemo(
    () =>
      dataset.nodes
        .filter((n) => n.type !== 'state' && membersOf(dataset, n.id).length > 0)
        .sort((a, b) => (a.shortName ?? a.name).localeCompare(b.shortName ?? b.name)),
    [dataset],
  );
  const set = (next: string[]) => atlasStore.getState().setCompare(next);
  const add = (more: string[]) => set([...ids, ...more]);
  const full = chosen.length >= MAX_COMPARED;

  return (
    <div className="compare-view">
      <div className="compare-controls">
        <h2 className="compare-title">{t('compare.title')}</h2>
        <label>
          {t('compare.addState')}{' '}
          <select
            value=""
            disabled={full}
            onChange={(e) => e.target.value && add([e.target.value])}
          >
            <option value="">{t('compare.choose')}</option>
            {states.map((s) => (
              <option key={s.id} value={s.id} disabled={ids.includes(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compare.addRegion')}{' '}
          <select
            value=""
            disabled={full}
            onChange={(e) =>
              e.target.value && add(statesOfRegion(dataset, e.target.value as never))
            }
          >
            <option value="">{t('compare.choose')}</option>
            {REGIONS.filter((r) => r !== 'global').map((r) => (
              <option key={r} value={r}>
                {term('region', r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compare.addMembers')}{' '}
          <select
            value=""
            disabled={full}
            onChange={(e) => e.target.value && add(membersOf(dataset, e.target.value))}
          >
            <option value="">{t('compare.choose')}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.shortName ?? b.name}
              </option>
            ))}
          </select>
        </label>
        {chosen.length > 0 && (
          <button type="button" onClick={() => set([])}>
            {t('compare.clear')}
          </button>
        )}
      </div>
      {chosen.length > 0 && (
        <ul className="compare-chosen" aria-label={t('compare.chosen', { count: chosen.length })}>
          {chosen.map((s) => (
            <li key={s.id}>
              {s.name}{' '}
              <button
                type="button"
                className="icon-button"
                aria-label={t('compare.remove', { name: s.name })}
                onClick={() => set(ids.filter((id) => id !== s.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted" role="status">
        {chosen.length === 0
          ? t('compare.empty')
          : t('compare.summary', { states: chosen.length, rows: comparison.rows.length })}
        {full && ` ${t('compare.full', { max: MAX_COMPARED })}`}
        {unknown.length > 0 && ` ${t('compare.unknown', { ids: unknown.join(', ') })}`}
      </p>
      {chosen.length > 0 && (
        <>
          <div className="compare-options">
            <label>
              {t('compare.function')}{' '}
              <select value={fn} onChange={(e) => setFn(e.target.value as CyberFunction | '')}>
                <option value="">{t('compare.allFunctions')}</option>
                {FUNCTIONS.map((f) => (
                  <option key={f} value={f}>
                    {term('function', f)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('compare.sortRows')}{' '}
              <select value={rows} onChange={(e) => setRows(e.target.value as RowOrder)}>
                {(['function', 'shared', 'name'] as const).map((o) => (
                  <option key={o} value={o}>
                    {t(`compare.rows.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('compare.sortColumns')}{' '}
              <select value={columns} onChange={(e) => setColumns(e.target.value as ColumnOrder)}>
                {(['given', 'ties', 'name'] as const).map((o) => (
                  <option key={o} value={o}>
                    {t(`compare.columns.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                void import('../../export/runComparison').then((m) =>
                  m.exportComparison(dataset, comparison, 'csv'),
                )
              }
            >
              {t('compare.downloadCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                void import('../../export/runComparison').then((m) =>
                  m.exportComparison(dataset, comparison, 'svg'),
                )
              }
            >
              {t('compare.downloadSvg')}
            </button>
          </div>
          <div
            className="compare-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('compare.table')}
          >
            <table className="compare-table">
              <caption className="visually-hidden">{t('compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.body')}</th>
                  {comparison.states.map((s) => (
                    <th key={s.id} scope="col" className="state-col">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => atlasStore.getState().select(s.id)}
                      >
                        {s.name}
                      </button>
                    </th>
                  ))}
                  <th scope="col">{t('compare.shared')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row, i) => {
                  const groupStart =
                    rows === 'function' && (i === 0 || comparison.rows[i - 1].fn !== row.fn);
                  return [
                    groupStart && (
                      <tr key={`g-${row.fn ?? 'none'}`} className="group-row">
                        <th scope="colgroup" colSpan={comparison.states.length + 2}>
                          {row.fn ? term('function', row.fn) : t('profile.noFunction')}
                        </th>
                      </tr>
                    ),
                    <tr key={row.body.id}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button"
                          title={row.body.name}
                          onClick={() => atlasStore.getState().select(row.body.id)}
                        >
                          {row.body.shortName ?? row.body.name}
                        </button>
                      </th>
                      {row.cells.map((cell, j) => (
                        <Cell key={comparison.states[j].id} cell={cell} />
                      ))}
                      <td className="shared">
                        {row.shared}/{comparison.states.length}
                      </td>
                    </tr>,
                  ];
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('compare.totals')}</th>
                  {comparison.totals.map((tot, j) => (
                    <td key={comparison.states[j].id}>
                      {(['member', 'party', 'signatory', 'former'] as const)
                        .filter((s) => tot[s] > 0)
                        .map((s) => `${tot[s]} ${t(`profile.status.${s}`).toLowerCase()}`)
                        .join(', ')}
                    </td>
                  ))}
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

function Cell({ cell }: { cell: CompareCell | null }) {
  const t = useT();
  if (!cell) return <td className="cell is-none">{t('compare.none')}</td>;
  return (
    <td className={`cell is-${cell.status}`}>
      <span className="status">{t(`profile.status.${cell.status}`)}</span>
      <span className={cell.edge.start ? 'date' : 'date unknown-date'}>
        {cell.edge.start ? formatDate(cell.edge.start) : t('lifecycle.dateUnknown')}
      </span>
    </td>
  );
}
