import unhomoglyph from 'unhomoglyph';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** The marks Uzbek Latin writes oʻ and gʻ with (and their stand-ins), read as one apostrophe. */
const APOSTROPHES = /[ʻʼ‘’`´]/g;

/**
 * Fold text for matching: case, accents, apostrophes, and look-alike letters — but only inside a
 * word that mixes scripts (a Cyrillic "е" pasted into "Unitеd Nations" must still match), so a
 * whole Russian or Uzbek word ("Интерпол", "ООН") stays itself rather than turning into Latin
 * nonsense. Lower-casing comes first so that the homoglyph table never turns a capital I into l.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .split(/(\s+)/)
    .map((word) =>
      LATIN.test(word) && CYRILLIC.test(word) ? unhomoglyph(word).toLowerCase() : word,
    )
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);
