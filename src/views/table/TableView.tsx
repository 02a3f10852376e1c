import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatDate, type Dataset } from '../../domain';
import type { VisibleGraph } from '../../model';
import { foldForSearch } from '../../model/normalize';
import { atlasStore, useAtlas } from '../../store';
import { useT } from '../../i18n/react';
import { term } from '../../i18n/terms';
import { buildTableRows, sortRows, type SortKey, type TableKind, type TableRow } from './rows';
import './table.css';

const ROW_HEIGHT = 30;

/**
 * The visible nodes and ties as tables: the text alternative to the drawing, and a way to browse
 * the data. Same filters, period and search as the other views; a click (or Enter) on a name
 * selects it everywhere. Rows are windowed, so 10,000 of them scroll as lightly as 50.
 */
export function TableView({ dataset, graph }: { dataset: Dataset; graph: VisibleGraph }) {
  const t = useT();
  const [kind, setKind] = useState<TableKind>('nodes');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'name',
    descending: false,
  });
  const q = useAtlas((s) => s.q);
  const selected = useAtlas((s) => s.focus);
  const rows = useMemo(() => {
    const all = buildTableRows(dataset, graph, kind);
    const needle = foldForSearch(q);
    const matching = needle ? all.filter((r) => foldForSearch(r.text).includes(needle)) : all;
    return sortRows(matching, sort.key, sort.descending);
    // Words (types, relationships) follow the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset, graph, kind, q, sort, t.locale]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer keeps its own state between renders, which the compiler lint cannot see into.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0].start : 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  const columns: { key: SortKey; label: string }[] =
    kind === 'nodes'
      ? [
          { key: 'name', label: t('table.name') },
          { key: 'type', label: t('table.type') },
          { key: 'regions', label: t('table.regions') },
          { key: 'functions', label: t('table.functions') },
          { key: 'start', label: t('table.start') },
          { key: 'end', label: t('table.end') },
          { key: 'ties', label: t('table.ties') },
        ]
      : [
          { key: 'name', label: t('table.from') },
          { key: 'type', label: t('table.relationship') },
          { key: 'other', label: t('table.to') },
          { key: 'start', label: t('table.start') },
          { key: 'end', label: t('table.end') },
          { key: 'ties', label: t('table.sources') },
        ];
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));

  return (
    <div className="table-view">
      <div className="table-controls" role="group" aria-label={t('table.show')}>
        {(['nodes', 'ties'] as const).map((k) => (
          <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {t(`table.kind.${k}`)}
          </button>
        ))}
        <span className="muted" role="status">
          {t('table.count', { count: rows.length })}
        </span>
      </div>
      <div
        className="table-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label={t(`table.kind.${kind}`)}
      >
        <table aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={
                    sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button type="button" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {before > 0 && (
              <tr aria-hidden="true" style={{ height: before }}>
                <td colSpan={columns.length} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              return (
                <tr
                  key={row.id}
                  aria-rowindex={item.index + 2}
                  className={row.nodeId === selected ? 'is-selected' : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  {kind === 'nodes' ? <NodeCells row={row} /> : <TieCells row={row} />}
                </tr>
              );
            })}
            {after > 0 && (
              <tr aria-hidden="true" style={{ height: after }}>
                <td colSpan={columns.length} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <p className="table-empty">{t('table.empty')}</p>}
      </div>
    </div>
  );
}

const choose = (id: string) => atlasStore.getState().focusNode(id);
const date = (d: string | null | undefined) => (d ? formatDate(d) : '');

function NodeCells({ row }: { row: TableRow }) {
  const n = row.node!;
  return (
    <>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => choose(n.id)}>
          {n.shortName && n.shortName !== n.name ? `${n.shortName} — ${n.name}` : n.name}
        </button>
      </th>
      <td>{term('type', n.type)}</td>
      <td>{n.regions.map((r) => term('region', r)).join(', ')}</td>
      <td>{n.functions.map((f) => term('function', f)).join(', ')}</td>
      <td>{date(n.start)}</td>
      <td>{date(n.end)}</td>
      <td className="num">{row.ties}</td>
    </>
  );
}

function TieCells({ row }: { row: TableRow }) {
  const e = row.edge!;
  return (
    <>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => choose(e.source)}>
          {row.sourceName}
        </button>
      </th>
      <td>{term('rel', e.type)}</td>
      <td>
        <button type="button" className="link-button" onClick={() => choose(e.target)}>
          {row.targetName}
        </button>
      </td>
      <td>{date(e.start)}</td>
      <td>{date(e.end)}</td>
      <td className="num">{e.sources.length}</td>
    </>
  );
}
