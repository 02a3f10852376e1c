import { describe, expect, it } from 'vitest';
import { fileNameOf, resolveSameOrigin } from '../../../src/data/datasetQuery';
import { DatasetError } from '../../../src/domain';

describe('fileNameOf', () => {
  it('keeps the name of a .json or .zip address and reads anything else as JSON', () => {
    expect(fileNameOf('/data/graph-10000.json')).toBe('graph-10000.json');
    expect(fileNameOf('https://example.org/exports/atlas.zip?x=1')).toBe('atlas.zip');
    expect(fileNameOf('/api/dataset')).toBe('dataset.json');
    expect(fileNameOf('/')).toBe('dataset.json');
  });
});

describe('resolveSameOrigin', () => {
  const base = 'https://atlas.example/app/?view=network';

  it('resolves a relative address against the page', () => {
    expect(resolveSameOrigin('data/mine.json', base).href).toBe(
      'https://atlas.example/app/data/mine.json',
    );
  });

  it('refuses another site, naming the address', () => {
    expect(() => resolveSameOrigin('https://elsewhere.example/x.json', base)).toThrow(DatasetError);
    try {
      resolveSameOrigin('https://elsewhere.example/x.json', base);
    } catch (error) {
      expect((error as DatasetError).problems[0].message).toMatch(
        /elsewhere\.example.*another site/,
      );
    }
  });
});
