import { describe, expect, it } from 'vitest';
import { createAtlasStore, DEFAULT_URL_STATE } from '../../../src/store';

describe('the dataset shown', () => {
  const file = { key: 'mine.json#1', name: 'mine.json' };

  it('switches to an opened file, dropping the linked address and the old selection', () => {
    const store = createAtlasStore({ data: 'other.json', focus: 'un', hops: 2, path: ['a', 'b'] });
    store.getState().showFile(file);
    expect(store.getState()).toMatchObject({
      file,
      data: null,
      focus: null,
      hops: null,
      path: null,
    });
  });

  it('keeps the file through Back and Forward within it, but yields to a link naming a dataset', () => {
    const store = createAtlasStore();
    store.getState().showFile(file);
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, regions: ['europe'] });
    expect(store.getState().file).toEqual(file);
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, data: 'linked.json' });
    expect(store.getState().file).toBeNull();
    expect(store.getState().data).toBe('linked.json');
  });

  it('goes back to the bundled dataset from a file or a link, keeping the filters', () => {
    const store = createAtlasStore({ data: 'linked.json', regions: ['africa'] });
    store.getState().showBundled();
    expect(store.getState()).toMatchObject({ data: null, file: null, regions: ['africa'] });
    store.getState().showFile(file);
    store.getState().reset();
    expect(store.getState().file).toEqual(file);
    store.getState().showBundled();
    expect(store.getState().file).toBeNull();
  });
});

describe('Connect… by any means', () => {
  it('takes the second end from search or a link, not only from a click', () => {
    const store = createAtlasStore();
    store.getState().startConnect('interpol');
    store.getState().focusNode('eu-cybersecurity-act');
    expect(store.getState()).toMatchObject({
      path: ['interpol', 'eu-cybersecurity-act'],
      connectFrom: null,
      focus: 'eu-cybersecurity-act',
    });
    store.getState().focusNode('enisa');
    expect(store.getState().path).toEqual(['interpol', 'eu-cybersecurity-act']);
  });
});
