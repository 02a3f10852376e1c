import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Dataset } from '../domain';
import { currentSource, datasetQuery, type DatasetSource } from '../data/datasetQuery';
import { atlasStore, useAtlas } from '../store';
import { DatasetProblems } from '../components/ErrorScreen';
import { Workspace } from './Workspace';
import { OpenDatasetButton, OpenDatasetLayer } from './OpenDataset';
import { useT } from '../i18n/react';

export function App() {
  const t = useT();
  const data = useAtlas((s) => s.data);
  const file = useAtlas((s) => s.file);
  const source = currentSource(data, file);
  const query = useQuery(datasetQuery(source));
  const theme = useAtlas((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      <AppBody query={query} source={source} />
      <OpenDatasetLayer current={query.data ? describeSource(t, source) : undefined} />
    </>
  );
}

/** What is shown, as a phrase that completes "the atlas still shows …". */
const describeSource = (t: ReturnType<typeof useT>, source: DatasetSource) =>
  source.kind === 'file'
    ? t('open.current.file', { name: source.name })
    : source.kind === 'url'
      ? t('open.current.url', { url: source.url })
      : t('open.current.bundled');

function AppBody({ query, source }: { query: UseQueryResult<Dataset>; source: DatasetSource }) {
  const t = useT();
  if (query.isPending) {
    return (
      <div className="splash" role="status">
        <div className="spinner" aria-hidden /> {t('app.loading')}
      </div>
    );
  }
  if (query.isError) {
    return (
      <main className="error-screen">
        <h1>{t('app.name')}</h1>
        <DatasetProblems
          error={query.error}
          title={source.kind === 'url' ? t('app.failed.url', { url: source.url }) : t('app.failed')}
        />
        <div className="error-actions">
          {source.kind !== 'bundled' && (
            <button type="button" onClick={() => atlasStore.getState().showBundled()}>
              {t('open.backToBundled')}
            </button>
          )}
          <OpenDatasetButton />
        </div>
      </main>
    );
  }
  // A new dataset gets a fresh workspace: its layout and zoom start over rather than morph.
  return <Workspace key={JSON.stringify(source)} dataset={query.data as Dataset} />;
}
