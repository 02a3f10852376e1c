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

  it('resolves a relative address against the page', async () => {
    expect((await resolveSameOrigin('data/mine.json', base)).href).toBe(
      'https://atlas.example/app/data/mine.json',
    );
  });

  it('refuses another site, naming the address', async () => {
    const refused = resolveSameOrigin('https://elsewhere.example/x.json', base);
    await expect(refused).rejects.toThrow(DatasetError);
    const error = (await refused.catch((e: unknown) => e)) as DatasetError;
    expect(error.problems[0].message).toMatch(/elsewhere\.example.*another site/);
  });
});
