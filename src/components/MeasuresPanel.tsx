import type { Dataset } from '../domain';
import { NODE_COLOURINGS, NODE_SIZINGS, atlasStore, useAtlas } from '../store';
import { topBy, type MeasureName } from '../model/measures';
import { useT } from '../i18n/react';

const LISTS: { measure: MeasureName; id: string }[] = [
  { measure: 'betweenness', id: 'brokers' },
  { measure: 'pagerank', id: 'hubs' },
  { measure: 'degree', id: 'mostTied' },
];

/**
 * Measures of the visible network: how to size and colour the nodes, and the nodes that rank
 * highest as brokers (betweenness), hubs (PageRank) and by ties, each a link to the node.
 */
export function MeasuresPanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const values = useAtlas((s) => s.measureValues);
  const size = useAtlas((s) => s.size);
  const colour = useAtlas((s) => s.colour);
  const s = atlasStore.getState();
  const format = (n: number, measure: MeasureName) =>
    measure === 'degree' ? String(n) : n.toFixed(3);
  return (
    <section className="measures-panel" aria-labelledby="measures-title">
      <header>
        <h2 id="measures-title">{t('measures.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('measures.close')}
          onClick={() => s.setMeasuresOpen(false)}
        >
          ×
        </button>
      </header>
      <label>
        {t('measures.size')}{' '}
        <select value={size} onChange={(e) => s.setNodeSizing(e.target.value as never)}>
          {NODE_SIZINGS.map((v) => (
            <option key={v} value={v}>
              {t(`measures.size.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('measures.colour')}{' '}
        <select value={colour} onChange={(e) => s.setNodeColouring(e.target.value as never)}>
          {NODE_COLOURINGS.map((v) => (
            <option key={v} value={v}>
              {t(`measures.colour.${v}`)}
            </option>
          ))}
        </select>
      </label>
      {!values ? (
        <p className="muted" role="status">
          {t('measures.computing')}
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('measures.communities', { count: values.communities })}
          </p>
          {LISTS.map(({ measure, id }) => (
            <div key={id} className="measures-list">
              <h3 title={t(`measures.${id}.help`)}>{t(`measures.${id}`)}</h3>
              <ol>
                {topBy(values, measure, 8).map((nodeId) => {
                  const node = dataset.nodeById.get(nodeId);
                  if (!node) return null;
                  return (
                    <li key={nodeId}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => s.focusNode(nodeId)}
                      >
                        {node.shortName ?? node.name}
                      </button>{' '}
                      <span className="muted">{format(values[measure][nodeId], measure)}</span>
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
          <p className="note">{t('measures.note')}</p>
        </>
      )}
    </section>
  );
}
