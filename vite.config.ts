/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';

/**
 * Start downloading the dataset from the page's head, alongside the app's code instead of after
 * it has run: the one named by `?data=` (only if on this site: a link must not make the page
 * fetch from elsewhere), else the bundled one, whose file name carries a hash known once built.
 */
function preloadDataset(): Plugin {
  return {
    name: 'preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(
          (file) =>
            file.type === 'asset' &&
            file.originalFileNames.some((name) => name.endsWith('data/network.json')),
        );
        const seed = Object.values(ctx.bundle ?? {}).find(
          (file) =>
            file.type === 'asset' &&
            file.originalFileNames.some((name) => name.endsWith('data/network.layout.json')),
        );
        if (!asset) return [];
        // A bad address is left for the app to report.
        const script = `try {
  var data = new URLSearchParams(location.search).get('data');
  var url = new URL(data || ${JSON.stringify(`./${asset.fileName}`)}, location.href);
  if (url.origin === location.origin) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = url.href;
    document.head.appendChild(link);
  }
  if (!data && ${JSON.stringify(seed ? `./${seed.fileName}` : '')}) {
    var seed = document.createElement('link');
    seed.rel = 'preload';
    seed.as = 'fetch';
    seed.crossOrigin = 'anonymous';
    seed.href = ${JSON.stringify(seed ? `./${seed.fileName}` : '')};
    document.head.appendChild(seed);
  }
} catch (e) {}`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), lingui({ failOnCompileError: true }), preloadDataset()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  // The parse worker writes problems in the interface's language: it compiles catalogs too.
  worker: { format: 'es', plugins: () => [lingui({ failOnCompileError: true })] },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: false,
  },
});
