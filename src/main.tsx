import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { atlasStore, startUrlSync } from './store';
import { prewarmLayoutWorker } from './layout/workerLayout';
import './app/app.css';

startUrlSync(atlasStore);
prewarmLayoutWorker();
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
