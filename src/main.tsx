import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { atlasStore, startUrlSync } from './store';
import { prewarmLayoutWorker } from './layout/workerLayout';
import { currentSource, datasetQuery } from './data/datasetQuery';
import { prewarmParseWorker } from './data/parseFiles';
import './app/app.css';

startUrlSync(atlasStore);
// Only a dataset from elsewhere may be large enough to need the workers from the start.
const { data, file } = atlasStore.getState();
if (data) {
  prewarmParseWorker();
  prewarmLayoutWorker();
}
const queryClient = new QueryClient();
// Start loading the dataset now rather than after React's first render.
void queryClient.prefetchQuery(datasetQuery(currentSource(data, file)));

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
