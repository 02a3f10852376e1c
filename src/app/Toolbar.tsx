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

const VIEW_LABELS = { network: 'Network', timeline: 'Timeline', split: 'Split' } as const;

export function Toolbar({ dataset }: { dataset: Dataset }) {
  const view = useAtlas((s) => s.view);
  const theme = useAtlas((s) => s.theme);
  const [copied, setCopied] = useState(false);
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  const s = atlasStore.getState();
  const release = describeRelease(dataset.meta);
  return (
    <header className="toolbar">
      <h1 className="brand" title={dataset.meta.description}>
        <img src="./favicon.svg" alt="" width={22} height={22} /> Cyber Cooperation Atlas
        {release && <span className="brand-release">{release}</span>}
      </h1>
      <SearchBox dataset={dataset} />
      <nav className="view-switch" aria-label="View">
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => s.setView(v)}>
            {VIEW_LABELS[v]}
          </button>
        ))}
      </nav>
      <div className="toolbar-actions">
        <OpenDatasetButton />
        <button
          type="button"
          onClick={() => setExporting('svg')}
          title={`Download the ${view === 'timeline' ? 'timeline' : 'network'} as an editable SVG`}
        >
          Export SVG
        </button>
        <button
          type="button"
          onClick={() => setExporting('png')}
          title={`Download the ${view === 'timeline' ? 'timeline' : 'network'} as a PNG image`}
        >
          Export PNG
        </button>
        <button
          type="button"
          onClick={() => setExporting('data')}
          title="Download the visible nodes and ties as JSON or CSV"
        >
          Export data
        </button>
        <button type="button" onClick={() => s.fit()} title="Fit the whole network on screen">
          Fit to screen
        </button>
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          }}
          title="Copy a link that reopens this view"
        >
          {copied ? 'Link copied' : 'Copy link'}
        </button>
        <button
          type="button"
          onClick={() => s.reset()}
          title="Clear filters, search, selection and period"
        >
          Reset
        </button>
        <button
          type="button"
          onClick={() => s.setTheme(theme === 'light' ? 'dark' : 'light')}
          aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}
          title="Light or dark theme"
        >
          {theme === 'light' ? '☾' : '☀'}
        </button>
      </div>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog dataset={dataset} kind={exporting} onClose={() => setExporting(null)} />
        </Suspense>
      )}
    </header>
  );
}
