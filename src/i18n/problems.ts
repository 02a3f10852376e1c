import { i18n, type Messages } from '@lingui/core';
import { isLocale, type Locale } from './locales';

/*
 * Catalogs that load with the code that uses them, not with the page: what is wrong with a
 * dataset file (loaded with the parser, in its worker too), and the words of the views and
 * panels that load on demand (comparison, measures, a state's profile). English is loaded beside
 * any other language as its fallback; a language chosen later gets the sections loaded so far.
 */
type Section = 'problems' | 'features';
type Loader = () => Promise<{ messages: Messages }>;

const loaders: Record<Section, Record<Locale, Loader>> = {
  problems: {
    en: () => import('./problems/en.json?lingui'),
    ru: () => import('./problems/ru.json?lingui'),
    uz: () => import('./problems/uz.json?lingui'),
  },
  features: {
    en: () => import('./features/en.json?lingui'),
    ru: () => import('./features/ru.json?lingui'),
    uz: () => import('./features/uz.json?lingui'),
  },
};
const loaded = new Map<string, Promise<void>>();
const wanted = new Set<Section>();

function load(section: Section, locale: Locale): Promise<void> {
  const key = `${section}:${locale}`;
  let done = loaded.get(key);
  if (!done) {
    done = loaders[section][locale]().then(({ messages }) => i18n.load(locale, messages));
    loaded.set(key, done);
  }
  return done;
}

/** Make a section's messages of `locale` (by default the active language) ready to write. */
export async function loadSection(section: Section, locale: string = i18n.locale): Promise<void> {
  wanted.add(section);
  await Promise.all([
    load(section, 'en'),
    ...(isLocale(locale) && locale !== 'en' ? [load(section, locale)] : []),
  ]);
}

/** The sections loaded so far, in another language: called before switching to it. */
export const loadSectionsFor = (locale: Locale): Promise<unknown> =>
  Promise.all([...wanted].map((section) => loadSection(section, locale)));

/** The parser's problem messages. */
export const loadProblemMessages = (locale?: string) => loadSection('problems', locale);
