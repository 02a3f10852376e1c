import type { Source } from '../domain';
import { useT } from '../i18n/react';

/** A fact's sources as short "[source]" links, each named by its title for screen readers. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  return (
    <>
      {sources.map((s, i) => (
        <a
          key={i}
          className="cite"
          href={s.url}
          target="_blank"
          rel="noreferrer noopener"
          title={s.title}
          aria-label={t('details.sourceNamed', { title: s.title })}
        >
          {t('details.source')}
        </a>
      ))}
    </>
  );
}
