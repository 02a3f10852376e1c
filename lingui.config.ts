import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-json';

/**
 * The interface's languages. Messages have explicit ids (no extraction step): each catalog is a
 * flat JSON file of id → ICU MessageFormat text, compiled when the app is built.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ru', 'uz'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    { path: '<rootDir>/src/i18n/locales/{locale}', include: ['src'] },
    // What is wrong with a file: loaded with the parser, not with the page.
    { path: '<rootDir>/src/i18n/problems/{locale}', include: ['src'] },
    // The words of views and panels loaded on demand, loaded with them.
    { path: '<rootDir>/src/i18n/features/{locale}', include: ['src'] },
  ],
  format: formatter({ style: 'minimal' }),
});
