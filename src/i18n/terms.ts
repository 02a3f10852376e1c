import {
  FUNCTION_TERMS,
  KIND_TERMS,
  NODE_TYPE_TERMS,
  REGION_TERMS,
  RELATIONSHIP_TERMS,
  STAGE_TERMS,
} from '../domain';
import { i18n } from './index';

/**
 * The taxonomy's words in the interface's language. English lives in the taxonomy itself (one
 * source for the data format and the interface); other languages translate each term in their
 * catalog under `term.<group>.<id>[.<field>]`, and a term a catalog lacks stays in English.
 */
const TABLES = {
  region: REGION_TERMS,
  function: FUNCTION_TERMS,
  type: NODE_TYPE_TERMS,
  kind: KIND_TERMS,
  rel: RELATIONSHIP_TERMS,
  stage: STAGE_TERMS,
} as const;

export type TermGroup = keyof typeof TABLES;
type Field = 'label' | 'description' | 'plural' | 'verb';

/** Every term's catalog id with its English text: what a translation must cover. */
export function termMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [group, table] of Object.entries(TABLES))
    for (const [id, term] of Object.entries(table as Record<string, Record<string, string>>))
      for (const [field, text] of Object.entries(term))
        out[`term.${group}.${id}${field === 'label' ? '' : `.${field}`}`] = text;
  return out;
}

export function term(group: TermGroup, id: string, field: Field = 'label'): string {
  const english = (TABLES[group] as Record<string, Partial<Record<Field, string>>>)[id]?.[field];
  if (i18n.locale === 'en' || english === undefined) return english ?? id;
  const key = `term.${group}.${id}${field === 'label' ? '' : `.${field}`}`;
  const translated = i18n._(key);
  return translated === key ? english : translated;
}
