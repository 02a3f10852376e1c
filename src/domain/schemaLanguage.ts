import { z } from 'zod';

/*
 * The schema library's own messages (for what our messages do not cover, such as a record that
 * is not an object) in the interface's language. Loaded on demand: each is a few kilobytes.
 */
const MESSAGES: Record<string, () => Promise<{ default: () => Partial<z.core.$ZodConfig> }>> = {
  en: () => import('zod/v4/locales/en.js'),
  ru: () => import('zod/v4/locales/ru.js'),
  uz: () => import('zod/v4/locales/uz.js'),
};

/** English is the library's default, so a page in English loads nothing. */
let current = 'en';

export async function setSchemaLanguage(locale: string): Promise<void> {
  const wanted = Object.hasOwn(MESSAGES, locale) ? locale : 'en';
  if (wanted === current) return;
  z.config((await MESSAGES[wanted]()).default());
  current = wanted;
}
