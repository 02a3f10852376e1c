import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { createElement, type ReactNode } from 'react';
import '../../src/i18n/english';
import { loadSection } from '../../src/i18n/problems';

// The parser's messages, and the words of views loaded on demand, load with their code in the
// app; the tests use them throughout.
await Promise.all([loadSection('problems', 'en'), loadSection('features', 'en')]);

afterEach(cleanup);

// Components read their words from the i18n context, as in the app: every render gets it.
vi.mock('@testing-library/react', async (importOriginal) => {
  const rtl = await importOriginal<typeof import('@testing-library/react')>();
  const { I18nProvider } = await import('@lingui/react');
  const { i18n } = await import('@lingui/core');
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(I18nProvider, { i18n }, children);
  return {
    ...rtl,
    render: ((ui: Parameters<typeof rtl.render>[0], options?: Parameters<typeof rtl.render>[1]) =>
      rtl.render(ui, { wrapper, ...options })) as typeof rtl.render,
  };
});
