import type { DataEdge } from '../domain';
import { describeLifecycle } from '../model';

/** A tie's stages in words, each after " · ", the ones of unknown date marked as such. */
export function Lifecycle({ edge }: { edge: DataEdge }) {
  return (
    <span className="lifecycle">
      {describeLifecycle(edge).map((s) => (
        <span key={s.stage + s.text} className={s.dated ? 'muted' : 'unknown-date'}>
          {' · '}
          {s.text}
        </span>
      ))}
    </span>
  );
}
