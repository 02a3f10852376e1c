import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../domain';
import { useT } from '../i18n/react';
import { term } from '../i18n/terms';
import { useSearch } from './useSearch';
import { atlasStore, useAtlas } from '../store';

/** Fuzzy search over names, short names, aliases and document numbers. "/" focuses it. */
export function SearchBox({ dataset }: { dataset: Dataset }) {
  const q = useAtlas((s) => s.q);
  const t = useT();
  // What a screen reader hears: the number of matches, none, or the node just chosen.
  const [said, setSaid] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [wanted, setWanted] = useState(false);
  const { hits, ready } = useSearch(dataset, q, wanted);
  // Enter pressed before the search code arrived picks the first hit once it has.
  const [enterPending, setEnterPending] = useState(false);
  useEffect(() => {
    if (!enterPending || !ready) return;
    setEnterPending(false);
    if (hits[0]) choose(hits[0].id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enterPending, ready]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !(e.target as Element)?.closest?.('input,textarea,select')) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (id: string) => {
    atlasStore.getState().focusNode(id);
    setOpen(false);
    const n = dataset.nodeById.get(id);
    if (n) setSaid(t('search.chosen', { name: n.name }));
  };
  const noMatches = ready && q.trim() !== '' && hits.length === 0;
  useEffect(() => {
    if (!ready || !q.trim()) return;
    setSaid(hits.length ? t('search.count', { count: hits.length }) : t('search.none', { q }));
    // Said when the matches change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hits, ready]);

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        placeholder={t('search.placeholder')}
        value={q}
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        onChange={(e) => {
          atlasStore.getState().setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onPointerEnter={() => setWanted(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            if (!ready) setEnterPending(true);
            else if (hits[active]) choose(hits[active].id);
          } else if (e.key === 'Escape') {
            setOpen(false);
            inputRef.current?.blur();
          }
        }}
      />
      {open && hits.length > 0 && (
        <ul className="search-results" id={listId} role="listbox" aria-label={t('search.results')}>
          {hits.map((h, i) => {
            const n = dataset.nodeById.get(h.id)!;
            return (
              <li
                key={h.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(h.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="result-name">
                  {n.shortName ?? n.name}
                  {/* The name in the interface's language, where the dataset gives one. */}
                  {n.localNames?.some((l) => l.lang === t.locale) && (
                    <span className="result-local" lang={t.locale}>
                      {' '}
                      · {n.localNames.find((l) => l.lang === t.locale)!.name}
                    </span>
                  )}
                </span>
                <span className="result-kind">
                  {term('kind', n.kind)}
                  {n.docRef ? ` · ${n.docRef}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {open && noMatches && (
        <p className="search-none" id={`${listId}-none`}>
          {t('search.none', { q })}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
