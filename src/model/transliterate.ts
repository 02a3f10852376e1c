import cyrillicToTranslit from 'cyrillic-to-translit-js';
import { foldForSearch, hasCyrillic } from './normalize';

// Loaded with search, not with the first picture.
const russian = cyrillicToTranslit({ preset: 'ru' });
/** Uzbek Cyrillic letters Russian lacks, written as Uzbek Latin writes them. */
const UZBEK: Record<string, string> = { ў: "o'", қ: 'q', ғ: "g'", ҳ: 'h' };

/**
 * Cyrillic written in Latin letters, so "Интерпол" finds INTERPOL and "Toshkent" finds
 * "Тошкент": Russian by the common passport-style scheme, with Uzbek's own letters as Uzbek
 * Latin spells them ("Ўзбекистон" → "o'zbekiston"). Text without Cyrillic comes back as it was.
 */
export function latinOf(text: string): string {
  if (!hasCyrillic(text)) return text;
  const uzbek = text.toLowerCase().replace(/[ўқғҳ]/g, (c) => UZBEK[c]);
  return foldForSearch(russian.transform(uzbek));
}
