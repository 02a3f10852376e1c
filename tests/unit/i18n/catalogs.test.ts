import { describe, expect, it } from 'vitest';
import { parse, type PluralCategory, type Token } from '@messageformat/parser';
import en from '../../../src/i18n/locales/en.json';
import ru from '../../../src/i18n/locales/ru.json';
import uz from '../../../src/i18n/locales/uz.json';
import enProblems from '../../../src/i18n/problems/en.json';
import ruProblems from '../../../src/i18n/problems/ru.json';
import uzProblems from '../../../src/i18n/problems/uz.json';
import enFeatures from '../../../src/i18n/features/en.json';
import ruFeatures from '../../../src/i18n/features/ru.json';
import uzFeatures from '../../../src/i18n/features/uz.json';
import { termMessages } from '../../../src/i18n/terms';

type Catalog = Record<string, string>;
const PLURALS = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'], uz: ['one', 'other'] };

/** The arguments a message uses, and for each plural the categories it gives. */
function shape(message: string, cardinal: string[]) {
  const args = new Set<string>();
  const plurals: string[][] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === 'argument' || t.type === 'function') args.add(t.arg);
      if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') {
        args.add(t.arg);
        if (t.type === 'plural') plurals.push(t.cases.map((c) => c.key));
        for (const c of t.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message, { cardinal: cardinal as PluralCategory[] }));
  return { args: [...args].sort(), plurals };
}

describe.each([
  ['ru', ru as Catalog, ruProblems as Catalog, ruFeatures as Catalog],
  ['uz', uz as Catalog, uzProblems as Catalog, uzFeatures as Catalog],
])('the %s catalog', (locale, catalog, problems, features) => {
  const cardinal = PLURALS[locale as 'ru' | 'uz'];

  it('translates every message and every taxonomy term, and nothing else', () => {
    const wanted = [...Object.keys(en), ...Object.keys(termMessages())].sort();
    expect(Object.keys(catalog).sort()).toEqual(wanted);
  });

  it('translates every problem message a dataset file can have, and nothing else', () => {
    expect(Object.keys(problems).sort()).toEqual(Object.keys(enProblems).sort());
    expect(Object.keys(features).sort()).toEqual(Object.keys(enFeatures).sort());
  });

  it('keeps each message’s arguments and gives every plural form the language has', () => {
    const english = { ...(en as Catalog), ...(enProblems as Catalog), ...(enFeatures as Catalog) };
    const translated = { ...catalog, ...problems, ...features };
    for (const [id, message] of Object.entries(english)) {
      const source = shape(message, PLURALS.en);
      const target = shape(translated[id], cardinal);
      expect(target.args, id).toEqual(source.args);
      for (const cases of target.plurals)
        for (const category of cardinal) expect(cases, `${id}: ${category}`).toContain(category);
    }
  });
});
