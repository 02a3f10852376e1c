import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import {
  createAtlasStore,
  DEFAULT_URL_STATE,
  formatUrlState,
  parseUrlState,
  startUrlSync,
} from '../../../src/store';

describe('URL state', () => {
  it('reads every parameter', () => {
    const { state, notices } = parseUrlState(
      '?view=split&region=africa,europe&function=cybercrime&type=organization&rel=member-of&states=1&q=enisa&focus=enisa&hops=2&from=1998&to=2004-12-31',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_URL_STATE,
      view: 'split',
      regions: ['africa', 'europe'],
      functions: ['cybercrime'],
      types: ['organization'],
      rels: ['member-of'],
      states: true,
      q: 'enisa',
      focus: 'enisa',
      hops: 2,
      from: '1998',
      to: '2004-12-31',
    });
  });

  it.each([
    ['?region=atlantis', 'Ignored region "atlantis"'],
    ['?view=map', 'Ignored view "map"'],
    ['?hops=9', 'Ignored hops "9"'],
    ['?from=last-year', 'Ignored from "last-year"'],
    ['?from=2010&to=2000', 'the period ends before it begins'],
    ['?colour=red', 'Ignored colour "red"'],
    ['?size=huge', 'Ignored size "huge"'],
    ['?shade=red', 'Ignored unknown parameter "shade"'],
    ['?states=yes', 'Ignored states "yes"'],
    ['?lang=fr', 'Ignored lang "fr"'],
    ['?path=interpol', 'Ignored path "interpol"'],
  ])('ignores %s with a notice', (search, notice) => {
    const { state, notices } = parseUrlState(search);
    // Notices are catalog messages, worded in the interface's language when shown.
    expect(notices.map((n) => i18n._(n.id, n.values)).join(' ')).toContain(notice);
    expect(state.regions).toEqual([]);
  });

  it('carries the measures panel and how nodes are sized and coloured', () => {
    const { state } = parseUrlState('?measures=1&size=betweenness&colour=community');
    expect(state).toMatchObject({ measures: true, size: 'betweenness', colour: 'community' });
    expect(formatUrlState(state)).toBe('?measures=1&size=betweenness&colour=community');
  });

  it('keeps the valid values beside an invalid one', () => {
    expect(parseUrlState('?region=atlantis,africa').state.regions).toEqual(['africa']);
  });

  it('round-trips and leaves defaults out', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
    const search = '?region=africa,global&function=cybercrime&focus=enisa&hops=1';
    expect(formatUrlState(parseUrlState(search).state)).toBe(search);
  });

  it('pushes a history entry per step and restores it on Back', () => {
    window.history.replaceState(null, '', '/?region=africa');
    const store = createAtlasStore();
    const stop = startUrlSync(store);
    expect(store.getState().regions).toEqual(['africa']);
    const length = window.history.length;
    store.getState().toggleFacet('functions', 'cybercrime');
    expect(window.location.search).toBe('?region=africa&function=cybercrime');
    expect(window.history.length).toBe(length + 1);
    store.getState().setQuery('eni');
    expect(window.history.length).toBe(length + 1); // typing replaces
    window.history.replaceState(null, '', '/?region=africa');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().functions).toEqual([]);
    stop();
  });
});

describe('a path in the link', () => {
  it('reopens the path between two nodes', () => {
    const { state, notices } = parseUrlState('?path=interpol,eu-cybersecurity-act');
    expect(notices).toEqual([]);
    expect(state.path).toEqual(['interpol', 'eu-cybersecurity-act']);
    expect(formatUrlState(state)).toBe('?path=interpol,eu-cybersecurity-act');
  });
});
