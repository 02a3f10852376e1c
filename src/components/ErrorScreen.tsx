import { DatasetError, describeProblem } from '../domain';
import { useT } from '../i18n/react';

/** Says in plain words why a dataset could not be used, listing every problem found. */
export function DatasetProblems({ error, title }: { error: unknown; title: string }) {
  const t = useT();
  const problems =
    error instanceof DatasetError
      ? error.problems
      : [{ path: '', message: error instanceof Error ? error.message : String(error) }];
  return (
    <div className="problems" role="alert">
      <h2>{title}</h2>
      <p>{t('problems.count', { count: problems.length })}</p>
      <ul>
        {problems.slice(0, 200).map((p, i) => (
          <li key={i}>
            <code>{describeProblem(p)}</code>
          </li>
        ))}
      </ul>
      {problems.length > 200 && <p>{t('problems.more', { count: problems.length - 200 })}</p>}
    </div>
  );
}
