import { atlasStore, useAtlas } from '../store';
import { useT } from '../i18n/react';

/** Things the app ignored or could not do, said plainly and dismissible. */
export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((n, i) => (
        <p key={JSON.stringify(n)} className="notice">
          <span>{t(n.id, n.values)}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('notices.dismiss')}
            onClick={() => atlasStore.getState().dismissNotice(i)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
