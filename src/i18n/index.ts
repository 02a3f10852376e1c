import { i18n, type Messages } from '@lingui/core';
import { setDateLocale } from '../domain';
import type { Locale } from './locales';
import { loadSectionsFor } from './problems';

export * from './locales';
export { i18n };

/*
 * The interface's text. English is loaded with the app (`./english`, also every message's
 * fallback); Russian and Uzbek load when chosen. Messages are ICU MessageFormat, so plurals follow
 * each language's rules ("1 узел", "3 узла", "5 узлов"). Scripts run outside the app (data tools,
 * benchmarks) load no catalog, and get ids back rather than an error: a locale is active from
 * the start.
 */
if (!i18n.locale) i18n.loadAndActivate({ locale: 'en', messages: {} });

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Messages }>> = {
  ru: () => import('./locales/ru.json?lingui'),
  uz: () => import('./locales/uz.json?lingui'),
};

/** Switch the interface to `locale`, loading its messages first; sets the page's `lang`. */
export async function activateLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' && !loaded.has(locale)) {
    const { messages } = await loaders[locale]();
    i18n.load(locale, messages);
    loaded.add(locale);
  }
  await loadSectionsFor(locale);
  i18n.activate(locale);
  // Where the browser cannot write dates in the language, the catalog's month names do.
  const native = !/\d/.test(
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2001, 10, 15),
    ),
  );
  setDateLocale(locale, native ? null : writeDate);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
const loaded = new Set<Locale>(['en']);

const writeDate = ({ year, month, day }: { year: number; month: number; day?: number }) =>
  day === undefined
    ? i18n._('date.monthYear', { month: i18n._(`date.monthAlone.${month}`), year: String(year) })
    : i18n._('date.dayMonthYear', {
        day: String(day),
        month: i18n._(`date.month.${month}`),
        year: String(year),
      });

export { t } from '../domain/message';
