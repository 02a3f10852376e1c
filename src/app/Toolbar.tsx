import { lazy, Suspense, useState } from 'react';
import type { Dataset } from '../domain';
import { describeRelease } from '../model';
import { atlasStore, useAtlas, VIEWS } from '../store';
import { SearchBox } from '../components/SearchBox';
import type { ExportKind } from '../components/ExportDialog';

// The export dialog and what it draws load when first asked for, not with the first picture.
const ExportDialog = lazy(() =>
  import('../components/ExportDialog').then((m) => ({ default: m.ExportDialog })),
);
import { OpenDatasetButton } from './OpenDataset';
import { useT } from '../i18n/react';
import { LOCALES, LOCALE_NAMES, isLocale } from '../i18n';

export function Toolbar({ dataset }: { dataset: Dataset }) {
  const view = useAtlas((s) => s.view);
  const theme = useAtlas((s) => s.theme);
  const [copied, setCopied] = useState(false);
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  // On a small screen the actions fold into a menu.
  const [menuOpen, setMenuOpen] = useState(false);
  const filtersOpen = useAtlas((st) => st.filtersOpen);
  const measures = useAtlas((st) => st.measures);
  const s = atlasStore.getState();
  const t = useT();
  const release = describeRelease(dataset.meta);
  const drawing = view === 'timeline' ? 'timeline' : 'network';
  return (
    <header className="toolbar">
      <h1 className="brand" title={dataset.meta.description}>
        <img src="./favicon.svg" alt="" width={22} height={22} /> {t('app.name')}
        {release && <span className="brand-release">{release}</span>}
      </h1>
      <SearchBox dataset={dataset} />
      <nav className="view-switch" aria-label={t('toolbar.view')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => s.setView(v)}>
            {t(`toolbar.view.${v}`)}
          </button>
        ))}
      </nav>
      <button
        type="button"
        className="small-only"
        aria-expanded={filtersOpen}
        aria-controls="filters"
        onClick={() => s.setFiltersOpen(!filtersOpen)}
      >
        {t('filters.title')}
      </button>
      <button
        type="button"
        className="small-only toolbar-menu-toggle"
        aria-expanded={menuOpen}
        aria-controls="toolbar-actions"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        {t('toolbar.menu')}
      </button>
      <div
        id="toolbar-actions"
        className={`toolbar-actions${menuOpen ? ' is-open' : ''}`}
        onClick={(e) => {
          // A chosen action closes the menu (the language list stays open while choosing).
          if ((e.target as Element).closest('button')) setMenuOpen(false);
        }}
      >
        <OpenDatasetButton />
        <button
          type="button"
          onClick={() => setExporting('svg')}
          title={t('toolbar.exportSvg.title', { drawing })}
        >
          {t('toolbar.exportSvg')}
        </button>
        <button
          type="button"
          onClick={() => setExporting('png')}
          title={t('toolbar.exportPng.title', { drawing })}
        >
          {t('toolbar.exportPng')}
        </button>
        <button
          type="button"
          onClick={() => setExporting('data')}
          title={t('toolbar.exportData.title')}
        >
          {t('toolbar.exportData')}
        </button>
        <button
          type="button"
          aria-pressed={measures}
          onClick={() => s.setMeasuresOpen(!measures)}
          title={t('toolbar.measures.title')}
        >
          {t('toolbar.measures')}
        </button>
        <button type="button" onClick={() => s.fit()} title={t('toolbar.fit.title')}>
          {t('toolbar.fit')}
        </button>
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          }}
          title={t('toolbar.copyLink.title')}
        >
          {copied ? t('toolbar.copyLink.done') : t('toolbar.copyLink')}
        </button>
        <button type="button" onClick={() => s.reset()} title={t('toolbar.reset.title')}>
          {t('toolbar.reset')}
        </button>
        <button
          type="button"
          onClick={() => s.setTheme(theme === 'light' ? 'dark' : 'light')}
          aria-label={t('toolbar.theme.switch', { theme: theme === 'light' ? 'dark' : 'light' })}
          title={t('toolbar.theme.title')}
        >
          {theme === 'light' ? '☾' : '☀'}
        </button>
        <select
          className="language"
          aria-label={t('toolbar.language')}
          value={t.locale}
          onChange={(e) => {
            if (isLocale(e.target.value)) s.setLang(e.target.value);
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog dataset={dataset} kind={exporting} onClose={() => setExporting(null)} />
        </Suspense>
      )}
    </header>
  );
}
