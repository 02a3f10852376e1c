import { atlasStore, useAtlas } from '../store';

/** Things the app ignored or could not do, said plainly and dismissible. */
export function Notices() {
  const notices = useAtlas((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((n, i) => (
        <p key={n} className="notice">
          <span>{n}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss notice"
            onClick={() => atlasStore.getState().dismissNotice(i)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
