import { readSetting, writeSetting } from '../platform/storage';

/** The interface's languages: English, Russian and Uzbek (Latin script). */
export const LOCALES = ['en', 'ru', 'uz'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language by its own name, as a switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  uz: 'Oʻzbekcha',
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

const STORAGE_KEY = 'atlas.lang';

/**
 * The language to start in: the link's `?lang=`, else the one chosen before, else the first of
 * the browser's languages the atlas speaks ("ru-RU" → ru; "uz-Cyrl" → uz, whose Latin script the
 * atlas writes), else English.
 */
export function detectLocale(input: {
  param?: string | null;
  stored?: string | null;
  languages?: readonly string[];
}): Locale {
  if (isLocale(input.param)) return input.param;
  if (isLocale(input.stored)) return input.stored;
  for (const tag of input.languages ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export const storedLocale = (storage?: Pick<Storage, 'getItem'>) =>
  readSetting(STORAGE_KEY, storage);

export const rememberLocale = (locale: Locale, storage?: Pick<Storage, 'setItem'>) =>
  writeSetting(STORAGE_KEY, locale, storage);
