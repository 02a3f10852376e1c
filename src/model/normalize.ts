import unhomoglyph from 'unhomoglyph';

/**
 * Fold text for matching: case, accents, and look-alike letters from other scripts
 * (a Cyrillic "е" pasted into "Unitеd Nations" must still match). Lower-casing comes first
 * so that the homoglyph table never turns a capital I into an l.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  const skeleton = unhomoglyph(lower).toLowerCase();
  return skeleton
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
