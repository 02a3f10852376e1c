import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Dataset } from '../domain';
import { datasetQuery, sourceFromParam } from '../data/datasetQuery';
import { atlasStore, useAtlas } from '../store';
import { DatasetProblems } from '../components/ErrorScreen';
import { Workspace } from './Workspace';

export function App() {
  const data = useAtlas((s) => s.data);
  const query = useQuery(datasetQuery(sourceFromParam(data)));
  const theme = useAtlas((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

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
            data
              ? `The dataset at “${data}” could not be opened`
              : 'The dataset could not be opened'
          }
        />
        {data && (
          <button
            type="button"
            onClick={() =>
              atlasStore.getState().applyUrlState({ ...atlasStore.getState(), data: null })
            }
          >
            Back to the bundled dataset
          </button>
        )}
      </main>
    );
  }
  return <Workspace dataset={query.data as Dataset} />;
}
