import { i18n, type Messages } from '@lingui/core';
import { isLocale, type Locale } from './locales';

/*
 * The messages that say what is wrong with a dataset file are a catalog of their own, loaded with
 * the parser (in the worker, or on this page when something fails) rather than with the page.
 * English is loaded beside any other language as its fallback.
 */
const loaders: Record<Locale, () => Promise<{ messages: Messages }>> = {
  en: () => import('./problems/en.json?lingui'),
  ru: () => import('./problems/ru.json?lingui'),
  uz: () => import('./problems/uz.json?lingui'),
};
const loaded = new Map<Locale, Promise<void>>();

function load(locale: Locale): Promise<void> {
  let done = loaded.get(locale);
  if (!done) {
    done = loaders[locale]().then(({ messages }) => i18n.load(locale, messages));
    loaded.set(locale, done);
  }
  return done;
}

/** Make the problem messages of `locale` (by default the active language) ready to write. */
export async function loadProblemMessages(locale: string = i18n.locale): Promise<void> {
  await Promise.all([load('en'), ...(isLocale(locale) && locale !== 'en' ? [load(locale)] : [])]);
}
