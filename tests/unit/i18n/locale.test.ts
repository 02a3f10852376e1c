import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, detectLocale, i18n, t } from '../../../src/i18n';
import { term } from '../../../src/i18n/terms';
import { formatDate } from '../../../src/domain';
import { describeView } from '../../../src/model';
import { loadFixture } from '../helpers';

afterEach(() => activateLocale('en'));

describe('detectLocale', () => {
  it('prefers the link, then the remembered choice, then the browser, then English', () => {
    expect(detectLocale({ param: 'uz', stored: 'ru', languages: ['en'] })).toBe('uz');
    expect(detectLocale({ param: 'fr', stored: 'ru', languages: ['en'] })).toBe('ru');
    expect(detectLocale({ languages: ['de-DE', 'ru-RU'] })).toBe('ru');
    expect(detectLocale({ languages: ['uz-Cyrl-UZ'] })).toBe('uz');
    expect(detectLocale({ languages: ['fr'] })).toBe('en');
  });
});

describe('the interface in Russian and Uzbek', () => {
  it('switches messages, with each language’s plural forms', async () => {
    expect(t('filters.count.nodes', { count: 5 })).toBe('5 nodes');
    await activateLocale('ru');
    expect(i18n.locale).toBe('ru');
    expect(t('filters.count.nodes', { count: 1 })).toMatch(/^1 \S+$/);
    const few = t('filters.count.nodes', { count: 3 });
    const many = t('filters.count.nodes', { count: 5 });
    expect(few).not.toBe(many.replace('5', '3'));
    expect(t('toolbar.view.network')).not.toBe('Network');
    await activateLocale('uz');
    expect(t('filters.title')).not.toBe('Filters');
    expect(document.documentElement.lang).toBe('uz');
  });

  it('translates the taxonomy, falling back to English only where a term has no translation', async () => {
    expect(term('function', 'cybercrime')).toBe('Cybercrime');
    await activateLocale('ru');
    expect(term('function', 'cybercrime')).not.toBe('Cybercrime');
    expect(term('region', 'no-such-region')).toBe('no-such-region');
  });

  it('writes dates in the language, with month names from the catalog where Intl has none', async () => {
    expect(formatDate('2001-11-23')).toBe('23 November 2001');
    await activateLocale('ru');
    expect(formatDate('2001-11-23')).toMatch(/^23 ноября 2001/);
    await activateLocale('uz');
    expect(formatDate('2001-11-23')).toMatch(/noyabr/);
    expect(formatDate('2001')).toBe('2001');
  });

  it('describes the view in the chosen language', async () => {
    const d = loadFixture();
    const view = {
      regions: ['africa' as const],
      functions: [],
      types: [],
      rels: [],
      states: false,
      from: null,
      to: null,
      focus: null,
      hops: null,
    };
    expect(describeView(d, view)).toEqual(['region: Africa']);
    await activateLocale('ru');
    expect(describeView(d, view)[0]).not.toContain('Africa');
  });
});

describe('names in the interface’s language', () => {
  it('gives the dataset’s own name with its source, a state’s standard name, and none in English', async () => {
    const { localName } = await import('../../../src/i18n/names');
    const d = loadFixture();
    const coe = {
      ...d.nodeById.get('coe')!,
      localNames: [
        {
          lang: 'ru',
          name: 'Совет Европы',
          sources: [{ title: 'Совет Европы', url: 'https://www.coe.int/ru' }],
        },
      ],
    };
    expect(localName(coe, 'en')).toBeNull();
    expect(localName(coe, 'ru')).toEqual({
      name: 'Совет Европы',
      shortName: undefined,
      source: { title: 'Совет Европы', url: 'https://www.coe.int/ru' },
    });
    expect(localName(coe, 'uz')).toBeNull();
    expect(localName(d.nodeById.get('FRA')!, 'ru')?.name).toBe('Франция');
    expect(localName(d.nodeById.get('FRA')!, 'uz')?.name).toBe('Fransiya');
  });
});

describe('the timeline axis in the interface’s language', () => {
  it('writes years, months and days as the language does', async () => {
    const { tickLabel } = await import('../../../src/render/TimelineSvg');
    const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
    const decade: [Date, Date] = [utc(2000, 1), utc(2010, 1)];
    const year: [Date, Date] = [utc(2004, 2), utc(2004, 11)];
    expect(tickLabel(utc(2004, 1), decade)).toBe('2004');
    expect(tickLabel(utc(2004, 7), decade)).toBe('July 2004');
    expect(tickLabel(utc(2004, 7), year)).toBe('July');
    expect(tickLabel(utc(2004, 7, 15), year)).toBe('15');
    await activateLocale('ru');
    expect(tickLabel(utc(2004, 7), year)).toBe('июль');
    await activateLocale('uz');
    expect(tickLabel(utc(2004, 7), year)).toBe('iyul');
  });
});
