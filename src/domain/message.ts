import { i18n } from '@lingui/core';

/**
 * A message of the active language, by id. The i18n layer loads the catalogs and chooses the
 * language; the model only asks for its messages (the parser's problems), so it stays below it.
 */
export const t = (id: string, values?: Record<string, unknown>): string => i18n._(id, values);
