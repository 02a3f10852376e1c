import type { Dataset } from '../domain';
import { PATH_VIAS, type GraphPath, type PathVia } from '../model';
import { t as translate } from '../i18n';
import { term } from '../i18n/terms';
import { useT } from '../i18n/react';
import { atlasStore, useAtlas } from '../store';
import type { PathHighlight } from '../views/network/usePath';

const nameOf = (dataset: Dataset, id: string) => {
  const n = dataset.nodeById.get(id);
  return n ? (n.shortName ?? n.name) : id;
};

/**
 * One path spelled out in words: "ENISA is part of EU, which cooperates with NATO". In the
 * active language, as of the call.
 */
export function describePath(dataset: Dataset, path: GraphPath): string {
  const steps = path.edges.map((edge, i) => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    const forward = edge.source === from;
    const verb = term('rel', edge.type, 'verb');
    const [subject, object] = forward || edge.type === 'cooperates-with' ? [from, to] : [to, from];
    return translate('path.step', {
      subject: nameOf(dataset, subject),
      verb,
      object: nameOf(dataset, object),
    });
  });
  return steps.join('; ');
}

export function PathPanel({
  dataset,
  path,
  ends,
  connectFrom,
}: {
  dataset: Dataset;
  path: PathHighlight;
  ends: [string, string] | null;
  connectFrom: string | null;
}) {
  const t = useT();
  const via = useAtlas((s) => s.via);
  return (
    <div className="path-panel" role="region" aria-label={t('path.label')}>
      {connectFrom && !ends && (
        <p>{t('path.pickSecond', { name: nameOf(dataset, connectFrom) })}</p>
      )}
      {ends && path.paths.length === 0 && (
        <p>{t('path.none', { from: nameOf(dataset, ends[0]), to: nameOf(dataset, ends[1]) })}</p>
      )}
      {ends && path.paths.length > 0 && (
        <>
          <p>
            <strong>
              {t('path.shortest', {
                paths: path.paths.length,
                steps: path.paths[0].edges.length,
              })}
            </strong>
          </p>
          <ol>
            {path.paths.map((p, i) => (
              <li key={i}>{describePath(dataset, p)}.</li>
            ))}
          </ol>
        </>
      )}
      <div className="path-actions">
        <label>
          {t('path.via')}{' '}
          <select
            value={via}
            onChange={(e) => atlasStore.getState().setVia(e.target.value as PathVia)}
          >
            {PATH_VIAS.map((v) => (
              <option key={v} value={v}>
                {t(`path.via.${v}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => atlasStore.getState().clearPath()}>
          {t('path.clear')}
        </button>
      </div>
    </div>
  );
}
