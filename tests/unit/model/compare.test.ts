import { describe, expect, it } from 'vitest';
import {
  MAX_COMPARED,
  compareStates,
  comparedStates,
  membersOf,
  statesOfRegion,
} from '../../../src/model';
import { comparisonCsv, comparisonSvgString } from '../../../src/export/comparison';
import { parseUrlState, formatUrlState, DEFAULT_URL_STATE } from '../../../src/store/urlState';
import { loadFixture } from '../helpers';

const d = loadFixture();

describe('compareStates', () => {
  it('has a row for every body any compared state is tied to, and a cell per state', () => {
    const c = compareStates(d, ['EST', 'FRA']);
    const bodies = new Set(
      d.edges.filter((e) => e.source === 'EST' || e.source === 'FRA').map((e) => e.target),
    );
    expect(new Set(c.rows.map((r) => r.body.id))).toEqual(bodies);
    for (const row of c.rows) {
      expect(row.cells).toHaveLength(2);
      row.cells.forEach((cell, j) => {
        const tie = d.edges.find((e) => e.source === c.states[j].id && e.target === row.body.id);
        expect(cell?.edge.id ?? null).toBe(tie?.id ?? null);
      });
      expect(row.shared).toBe(row.cells.filter((x) => x && x.status !== 'former').length);
    }
    expect(c.totals[0]).toEqual({ member: 2, party: 1, signatory: 0, former: 0 });
    expect(c.totals[1]).toEqual({ member: 1, party: 0, signatory: 0, former: 0 });
  });

  it('filters rows by function and sorts rows and columns', () => {
    const cyber = compareStates(d, ['EST', 'FRA'], { functions: ['cybercrime'] });
    expect(cyber.rows.every((r) => r.body.functions.includes('cybercrime'))).toBe(true);
    const shared = compareStates(d, ['FRA', 'EST'], { rows: 'shared', columns: 'ties' });
    for (let i = 1; i < shared.rows.length; i++)
      expect(shared.rows[i - 1].shared).toBeGreaterThanOrEqual(shared.rows[i].shared);
    expect(shared.states.map((s) => s.id)).toEqual(['EST', 'FRA']);
    // The totals follow the columns they stand under.
    expect(shared.totals[0]).toEqual(compareStates(d, ['EST']).totals[0]);
  });

  it('keeps only states, each once, at most MAX_COMPARED', () => {
    expect(comparedStates(d, ['EST', 'un', 'EST', 'XXX', 'FRA']).map((s) => s.id)).toEqual([
      'EST',
      'FRA',
    ]);
    expect(MAX_COMPARED).toBe(20);
  });

  it('adds a region’s states or a body’s members', () => {
    expect(statesOfRegion(d, 'europe')).toEqual(['EST', 'FRA']);
    expect(membersOf(d, 'nato')).toEqual(['EST']);
  });
});

describe('comparison files', () => {
  it('writes one CSV row per body with each state’s status and date, guarded', () => {
    const csv = comparisonCsv(compareStates(d, ['EST', 'FRA']));
    const lines = csv.split(/\r?\n/);
    expect(lines[0]).toBe('Organization or instrument,Function,Estonia,France,States');
    expect(lines.some((l) => /Party · 2003-05-12/.test(l))).toBe(true);
    expect(lines).toHaveLength(1 + compareStates(d, ['EST', 'FRA']).rows.length);
  });

  it('draws a standalone SVG with every state and body named as text', () => {
    const c = compareStates(d, ['EST', 'FRA']);
    const svg = comparisonSvgString(c, 'Compared: <Estonia> & France', 'footer');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Compared: &lt;Estonia&gt; &amp; France');
    for (const s of c.states) expect(svg).toContain(s.name);
    for (const r of c.rows) expect(svg).toContain(r.body.name);
    expect(svg).not.toMatch(/class=|<style/);
  });
});

describe('?compare=', () => {
  it('opens the comparison and round-trips the states in order', () => {
    const { state } = parseUrlState('?compare=KAZ,UZB,KGZ,KAZ');
    expect(state.view).toBe('compare');
    expect(state.compare).toEqual(['KAZ', 'UZB', 'KGZ']);
    expect(formatUrlState(state)).toBe('?compare=KAZ,UZB,KGZ');
    expect(formatUrlState({ ...DEFAULT_URL_STATE, view: 'compare' })).toBe('?view=compare');
    expect(parseUrlState('?view=table&compare=KAZ').state.view).toBe('table');
  });
});
