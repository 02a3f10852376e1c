import countries from 'i18n-iso-countries';
import russianCountries from 'i18n-iso-countries/langs/ru.json';
import uzbekCountries from 'i18n-iso-countries/langs/uz.json';
import type { DataNode } from '../domain';

// Loaded with the details panel and search, not with the first picture.
countries.registerLocale(russianCountries);
countries.registerLocale(uzbekCountries);

export interface LocalName {
  name: string;
  shortName?: string;
  /** The page that gives the name; none for a state's name, which is the standard one. */
  source?: { title: string; url: string };
}

/**
 * A node's name in the interface's language: the dataset's own (each with its source), or for a
 * state the standard country name. Null in English, and where no name in that language is known.
 */
export function localName(node: DataNode, locale: string): LocalName | null {
  if (locale === 'en') return null;
  const own = node.localNames?.find((l) => l.lang === locale);
  if (own) return { name: own.name, shortName: own.shortName, source: own.sources?.[0] };
  if (node.type === 'state') {
    const name = countries.getName(node.id, locale);
    if (name && name !== node.name) return { name };
  }
  return null;
}

/** Every name a node has in other languages (for search). */
export function allLocalNames(node: DataNode): string[] {
  const names = (node.localNames ?? []).flatMap((l) => [l.name, l.shortName ?? '']);
  if (node.type === 'state')
    for (const lang of ['ru', 'uz']) names.push(countries.getName(node.id, lang) ?? '');
  return names.filter(Boolean);
}
