import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain';
import { instrumentStatus } from '../../../src/model';
import { loadFixture } from '../helpers';

const d = loadFixture();
const src = [{ title: 's', url: 'https://example.org/' }];

describe('instrumentStatus', () => {
  const dataset = buildDataset({
    meta: { title: 't' },
    nodes: [...d.nodes],
    edges: [
      ...d.edges.filter((e) => e.target !== 'budapest-convention' || e.type !== 'party-to'),
      {
        id: 'EST--party-to--budapest-convention',
        source: 'EST',
        target: 'budapest-convention',
        type: 'party-to',
        start: '2001-11-23',
        stages: [
          { stage: 'signature', date: '2001-11-23' },
          { stage: 'ratification', date: '2003-05-12' },
        ],
        sources: src,
      },
      {
        id: 'FRA--signatory-of--budapest-convention',
        source: 'FRA',
        target: 'budapest-convention',
        type: 'signatory-of',
        start: '2001-11-23',
        stages: [{ stage: 'signature', date: '2001-11-23' }],
        sources: src,
      },
    ],
  });

  it('separates parties from states that signed but never ratified', () => {
    const s = instrumentStatus(dataset, 'budapest-convention')!;
    expect(s.parties.map((n) => n.id)).toEqual(['EST']);
    expect(s.signedOnly.map((n) => n.id)).toEqual(['FRA']);
    expect(s.former).toEqual([]);
  });

  it('times signature to ratification from full dates only', () => {
    const s = instrumentStatus(dataset, 'budapest-convention')!;
    expect(s.timedParties).toBe(1);
    expect(s.medianYearsToConsent).toBeCloseTo(1.47, 1);
  });

  it('counts each region’s parties and signatories against its states', () => {
    const s = instrumentStatus(dataset, 'budapest-convention')!;
    const europe = s.byRegion.find((r) => r.region === 'europe')!;
    expect(europe).toEqual({
      region: 'europe',
      parties: 1,
      signedOnly: 1,
      states: d.nodes.filter((n) => n.type === 'state' && n.regions.includes('europe')).length,
    });
  });

  it('is null for a body no state is tied to', () => {
    expect(instrumentStatus(dataset, 'gge-report-2015')).toBeNull();
  });
});
