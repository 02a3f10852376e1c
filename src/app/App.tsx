import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Dataset } from '../domain';
import { currentSource, datasetQuery, type DatasetSource } from '../data/datasetQuery';
import { atlasStore, useAtlas } from '../store';
import { DatasetProblems } from '../components/ErrorScreen';
import { Workspace } from './Workspace';
import { OpenDatasetButton, OpenDatasetLayer } from './OpenDataset';

export function App() {
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
      <OpenDatasetLayer current={query.data ? describeSource(source) : undefined} />
    </>
  );
}

const describeSource = (source: DatasetSource) =>
  source.kind === 'file'
    ? `your file “${source.name}”`
    : source.kind === 'url'
      ? `the dataset at “${source.url}”`
      : 'the bundled dataset';

function AppBody({ query, source }: { query: UseQueryResult<Dataset>; source: DatasetSource }) {
  if (query.isPending) {
    return (
      <div className="splash" role="status">
        <div className="spinner" aria-hidden /> Loading the dataset…
      </div>
    );
  }
  if (query.isError) {
    return (
      <main className="error-screen">
        <h1>Cyber Cooperation Atlas</h1>
        <DatasetProblems
          error={query.error}
          title={
            source.kind === 'url'
              ? `The dataset at “${source.url}” could not be opened`
              : 'The dataset could not be opened'
          }
        />
        <div className="error-actions">
          {source.kind !== 'bundled' && (
            <button type="button" onClick={() => atlasStore.getState().showBundled()}>
              Back to the bundled dataset
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
