import './i18n/english';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { atlasStore, startUrlSync } from './store';
import { prewarmLayoutWorker } from './layout/workerLayout';
import { currentSource, datasetQuery } from './data/datasetQuery';
import { prewarmParseWorker } from './data/parseFiles';
import { activateLocale, detectLocale, i18n, rememberLocale, storedLocale } from './i18n';
import { I18nProvider } from './i18n/react';
import { initialTheme, rememberTheme } from './app/theme';
import './app/app.css';

startUrlSync(atlasStore);
// On a phone the legend starts folded: the drawing needs the room.
if (globalThis.matchMedia?.('(max-width: 720px)').matches)
  atlasStore.getState().setLegendOpen(false);
// The OS's colour scheme unless the user chose a theme before.
atlasStore.getState().setTheme(initialTheme());
atlasStore.subscribe((s, prev) => {
  if (s.theme !== prev.theme) rememberTheme(s.theme);
});
// Only a dataset from elsewhere may be large enough to need the workers from the start.
const { data, file, lang } = atlasStore.getState();
if (data) {
  prewarmParseWorker();
  prewarmLayoutWorker();
}
const queryClient = new QueryClient();
// Start loading the dataset now rather than after React's first render.
void queryClient.prefetchQuery(datasetQuery(currentSource(data, file)));

// The language: the link's, else the one chosen before, else the browser's. A language chosen
// in the app is remembered and followed at once.
const locale = detectLocale({
  param: lang,
  stored: storedLocale(),
  languages: navigator.languages,
});
atlasStore.subscribe((s, prev) => {
  if (s.lang && s.lang !== prev.lang) {
    rememberLocale(s.lang);
    void activateLocale(s.lang);
  }
});

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nProvider>,
  );
// English is built in; another language's messages arrive before the first render, so the page
// never flashes English first. If they cannot load, the page opens in English.
activateLocale(locale).then(render, render);
