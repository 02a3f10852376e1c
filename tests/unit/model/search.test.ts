import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/model/normalize';
import { buildSearchIndex, buildSearchIndexInSlices, search } from '../../../src/model/search';
import { loadFixture } from '../helpers';

const d = loadFixture();
const index = buildSearchIndex(d.nodes);
const top = (q: string) => search(index, q)[0]?.id;

describe('search', () => {
  it.each([
    ['enisa', 'enisa'],
    ['ENISA', 'enisa'],
    ['Budapest', 'budapest-convention'],
    ['CCDCOE', 'nato-ccdcoe'],
    ['A/70/174', 'gge-report-2015'],
    ['ets no. 185', 'budapest-convention'],
    ['Unitеd Nations', 'un'], // Cyrillic "е"
    ['cybersecurity act', 'eu-cybersecurity-act'],
    ['Interpool', 'interpol'], // a typo
    ['Counсil of Europe', 'coe'], // Cyrillic "с"
  ])('%s → %s', (q, id) => expect(top(q)).toBe(id));

  it('builds the same index in slices as at once', async () => {
    const sliced = await buildSearchIndexInSlices(d.nodes, 3);
    for (const q of ['budapest', 'cyber', 'interpool', 'A/70/174', 'nato'])
      expect(search(sliced, q)).toEqual(search(index, q));
  });

  it('finds nothing for nothing', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzzzqqq')).toEqual([]);
  });

  it('folds case, accents and look-alike letters', () => {
    expect(foldForSearch('Société Générale')).toBe('societe generale');
    expect(foldForSearch('Unitеd')).toBe('united');
    expect(foldForSearch('NIS2')).toBe(foldForSearch('nis2'));
  });
});

describe('search across scripts', () => {
  it.each([
    ['Интерпол', 'interpol'], // Russian, read in Latin letters
    ['Эстония', 'EST'], // a state by its Russian name
    ['Estoniya', 'EST'], // and by its Uzbek one
    ['Франция', 'FRA'],
  ])('%s → %s', (q, id) => expect(top(q)).toBe(id));

  it('leaves whole Cyrillic words alone, so they never turn into Latin nonsense', () => {
    expect(foldForSearch('ООН')).toBe('оон');
    expect(foldForSearch('Unitеd')).toBe('united');
    // "ООН" names no node of the fixture: it must not match by look-alike letters.
    expect(search(index, 'ООН')).toEqual([]);
  });

  it('reads Uzbek Latin apostrophes alike', () =>
    expect(foldForSearch('Oʻzbekiston')).toBe(foldForSearch("O'zbekiston")));

  it('finds a name given in another language by the dataset', () => {
    const withNames = d.nodes.map((n) =>
      n.id === 'coe'
        ? { ...n, localNames: [{ lang: 'ru', name: 'Совет Европы', shortName: 'СЕ' }] }
        : n,
    );
    expect(search(buildSearchIndex(withNames), 'Совет Европы')[0]?.id).toBe('coe');
    expect(search(buildSearchIndex(withNames), 'sovet evropy')[0]?.id).toBe('coe');
  });
});
