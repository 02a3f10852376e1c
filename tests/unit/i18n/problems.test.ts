import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../../src/i18n';
import { loadProblemMessages } from '../../../src/i18n/problems';
import { setSchemaLanguage } from '../../../src/domain/schemaLanguage';
import { describeProblem, parseDataset } from '../../../src/domain';
import { handleParseRequest } from '../../../src/data/parseProtocol';
import { readCsvDataset } from '../../../src/data/csvReader';

afterEach(async () => {
  await Promise.all([activateLocale('en'), setSchemaLanguage('en')]);
});

const broken = {
  schemaVersion: 2,
  meta: { title: 't' },
  nodes: [
    {
      id: 'un',
      type: 'organization',
      kind: 'intergovernmental',
      name: 'UN',
      regions: ['atlantis'],
      sources: [{ title: 'UN', url: 'https://www.un.org/' }],
    },
    'not a record',
  ],
  edges: [],
};

/** As the worker does: the problem messages and the schema library's, in one language. */
const inLanguage = (locale: 'en' | 'ru' | 'uz') =>
  Promise.all([activateLocale(locale), loadProblemMessages(locale), setSchemaLanguage(locale)]);

const problemsIn = async (locale: 'en' | 'ru' | 'uz') => {
  await inLanguage(locale);
  const r = parseDataset(broken);
  return r.ok ? [] : r.problems.map(describeProblem);
};

describe('problems in the interface’s language', () => {
  it('writes our messages and the schema library’s in Russian and Uzbek, keeping paths and values', async () => {
    const en = await problemsIn('en');
    expect(en).toEqual([
      expect.stringMatching(/^nodes\[0\]\.regions\[0\]: unknown value "atlantis" for regions/),
      expect.stringMatching(/^nodes\[1\]: .*object/i),
    ]);
    for (const locale of ['ru', 'uz'] as const) {
      const translated = await problemsIn(locale);
      expect(translated).toHaveLength(2);
      // Same places and the same quoted value, other words.
      expect(translated[0]).toMatch(/^nodes\[0\]\.regions\[0\]: .*"atlantis"/);
      expect(translated[0]).not.toContain('unknown value');
      expect(translated[1]).toMatch(/^nodes\[1\]: /);
      expect(translated[1]).not.toBe(en[1]);
    }
    expect((await problemsIn('ru'))[0]).toContain('неизвестное значение');
  });

  it('locates CSV problems with rows named in the language', async () => {
    await inLanguage('ru');
    const r = readCsvDataset(
      { name: 'nodes.csv', text: 'id,type,kind,name,sources,colour\n' },
      { name: 'edges.csv', text: 'source,target,type,sources\n' },
      't',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map(describeProblem)).toEqual([
        expect.stringMatching(/^nodes\.csv строка 1: неизвестный столбец "colour"/),
      ]);
  });

  it('answers a parse request in the active language', async () => {
    await inLanguage('uz');
    const response = handleParseRequest({
      id: 1,
      files: [{ name: 'a.json', data: '{"nodes": [' }],
    });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.problems[0].message).toMatch(/^fayl to‘g‘ri JSON emas: /);
  });
});
