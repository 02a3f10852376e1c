import type { Dataset } from '../domain';
import { formatDate } from '../domain';
import type { Change, Changes } from '../model';
import { useT } from '../i18n/react';
import { term } from '../i18n/terms';
import { atlasStore } from '../store';
import { SourceLinks } from './SourceLinks';

const nameOf = (dataset: Dataset, id: string) => {
  const n = dataset.nodeById.get(id);
  return n ? (n.shortName ?? n.name) : id;
};

/**
 * What changed in the period shown, from its start to its end: counts, and each change with its
 * date and sources, oldest first. What began is highlighted in the drawing.
 */
export function ChangesPanel({
  dataset,
  changes,
  from,
  to,
}: {
  dataset: Dataset;
  changes: Changes;
  from: string;
  to: string;
}) {
  const t = useT();
  const added = changes.items.filter((c) => c.kind === 'added').length;
  const ended = changes.items.length - added;
  const describe = (c: Change) => {
    if (c.node)
      return t(c.kind === 'added' ? 'changes.bodyAdded' : 'changes.bodyEnded', {
        name: c.node.shortName ?? c.node.name,
      });
    const e = c.edge!;
    return t(c.kind === 'added' ? 'changes.tieAdded' : 'changes.tieEnded', {
      subject: nameOf(dataset, e.source),
      verb: term('rel', e.type, 'verb'),
      object: nameOf(dataset, e.target),
    });
  };
  const shown = changes.items.slice(0, 300);
  return (
    <section className="path-panel changes-panel" aria-labelledby="changes-title">
      <header className="changes-head">
        <h2 id="changes-title">
          {t('changes.title', { from: formatDate(from), to: formatDate(to) })}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('changes.close')}
          onClick={() => atlasStore.getState().setDiff(false)}
        >
          ×
        </button>
      </header>
      <p role="status">{t('changes.counts', { added, ended })}</p>
      <ol className="changes-list">
        {shown.map((c, i) => (
          <li key={`${c.kind}-${c.node?.id ?? c.edge!.id}-${i}`} className={`is-${c.kind}`}>
            <span className="muted">{formatDate(c.date)}</span> · {describe(c)}{' '}
            <SourceLinks sources={(c.node ?? c.edge)!.sources.slice(0, 2)} />
          </li>
        ))}
      </ol>
      {changes.items.length > shown.length && (
        <p className="muted">{t('changes.more', { count: changes.items.length - shown.length })}</p>
      )}
    </section>
  );
}
