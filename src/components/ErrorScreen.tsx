import { DatasetError, describeProblem } from '../domain';

/** Says in plain words why a dataset could not be used, listing every problem found. */
export function DatasetProblems({ error, title }: { error: unknown; title: string }) {
  const problems =
    error instanceof DatasetError
      ? error.problems
      : [{ path: '', message: error instanceof Error ? error.message : String(error) }];
  return (
    <div className="problems" role="alert">
      <h2>{title}</h2>
      <p>
        {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}
        . Each line names where it is in the file and what is wrong:
      </p>
      <ul>
        {problems.slice(0, 200).map((p, i) => (
          <li key={i}>
            <code>{describeProblem(p)}</code>
          </li>
        ))}
      </ul>
      {problems.length > 200 && <p>…and {problems.length - 200} more.</p>}
    </div>
  );
}
