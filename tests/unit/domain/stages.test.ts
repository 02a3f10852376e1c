import { describe, expect, it } from 'vitest';
import {
  datesFromStages,
  orderedStages,
  parseDataset,
  describeProblem,
  stageProblems,
  stagesFromDates,
} from '../../../src/domain';

const src = [{ title: 's', url: 'https://example.org/s' }];
const doc = (edges: unknown[], schemaVersion = 2) => ({
  schemaVersion,
  meta: { title: 't' },
  nodes: [
    { id: 'T', type: 'instrument', kind: 'treaty', name: 'T', start: '2001', sources: src },
    {
      id: 'O',
      type: 'organization',
      kind: 'intergovernmental',
      name: 'O',
      start: '1949',
      sources: src,
    },
    { id: 'EST', type: 'state', kind: 'state', name: 'Estonia', sources: src },
  ],
  edges,
});
const problems = (d: unknown) => {
  const r = parseDataset(d);
  return r.ok ? [] : r.problems.map(describeProblem);
};

describe('tie lifecycle', () => {
  it('derives start (earliest opening stage) and end (leaving) from the stages', () => {
    expect(
      datesFromStages([
        { stage: 'signature', date: '2001-11-23' },
        { stage: 'ratification', date: '2003-05-12' },
        { stage: 'denunciation', date: '2020-01-01' },
      ]),
    ).toEqual({ start: '2001-11-23', end: '2020-01-01' });
    // Joining date unknown: a later departure does not become the start.
    expect(datesFromStages([{ stage: 'joined' }, { stage: 'left', date: '2023-11-19' }])).toEqual({
      end: '2023-11-19',
    });
  });

  it('turns start/end of an older tie into the stages they stood for', () => {
    expect(stagesFromDates('party-to', '2003', undefined)).toEqual([
      { stage: 'consent', date: '2003' },
    ]);
    expect(stagesFromDates('member-of', undefined, '2022')).toEqual([
      { stage: 'joined' },
      { stage: 'left', date: '2022' },
    ]);
    expect(stagesFromDates('signatory-of', '2001', null)).toEqual([
      { stage: 'signature', date: '2001' },
    ]);
    expect(stagesFromDates('part-of', '2001', null)).toBeUndefined();
  });

  it.each<[string, Parameters<typeof stageProblems>[1], RegExp]>([
    [
      'out of order',
      [
        { stage: 'signature', date: '2005' },
        { stage: 'ratification', date: '2003' },
      ],
      /ratification "2003" is before signature "2005"/,
    ],
    [
      'in force before consent',
      [
        { stage: 'accession', date: '2010' },
        { stage: 'in-force', date: '2009' },
      ],
      /in-force "2009" is before accession/,
    ],
    [
      'two consents',
      [
        { stage: 'ratification', date: '2003' },
        { stage: 'accession', date: '2004' },
      ],
      /second consent stage/,
    ],
    [
      'a membership stage on a treaty',
      [{ stage: 'consent' }, { stage: 'joined' }],
      /stage "joined" does not fit a "party-to" tie/,
    ],
    ['no consent', [{ stage: 'signature', date: '2001' }], /needs a consent stage/],
  ])('refuses %s', (_, stages, message) => {
    expect(
      stageProblems('party-to', stages)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(message);
  });

  it('allows repeated suspensions in order', () => {
    expect(
      stageProblems('member-of', [
        { stage: 'joined', date: '1963' },
        { stage: 'suspended', date: '2012-03' },
        { stage: 'reinstated', date: '2012-10' },
        { stage: 'suspended', date: '2020-08' },
      ]),
    ).toEqual([]);
  });

  it('orders stages by lifecycle, dated first', () => {
    expect(
      orderedStages([
        { stage: 'in-force', date: '2005' },
        { stage: 'signature' },
        { stage: 'ratification', date: '2004' },
      ]).map((s) => s.stage),
    ).toEqual(['signature', 'ratification', 'in-force']);
  });

  it('parses a version 2 document: stages located in problems, start/end taken from them', () => {
    const good = parseDataset(
      doc([
        {
          source: 'EST',
          target: 'T',
          type: 'party-to',
          reservations: true,
          stages: [
            { stage: 'signature', date: '2001-11-23' },
            { stage: 'ratification', date: '2003-05-12' },
            { stage: 'in-force', date: '2004-07-01' },
          ],
          sources: src,
        },
      ]),
    );
    expect(good.ok).toBe(true);
    if (good.ok) {
      const e = good.dataset.edges[0];
      expect([e.start, e.end, e.reservations]).toEqual(['2001-11-23', undefined, true]);
    }
    expect(
      problems(
        doc([
          {
            source: 'EST',
            target: 'O',
            type: 'member-of',
            start: '1990',
            stages: [
              { stage: 'joined', date: '1991' },
              { stage: 'ratification', date: '1992' },
            ],
            sources: src,
          },
        ]),
      ),
    ).toEqual([
      'edges[0].stages[1]: stage "ratification" does not fit a "member-of" tie (expected one of: joined, suspended, reinstated, left)',
      'edges[0].start: start "1990" disagrees with the stages (which give "1991"); leave start out, it is taken from the stages',
    ]);
    expect(
      problems(
        doc([
          {
            source: 'EST',
            target: 'T',
            type: 'party-to',
            stages: [{ stage: 'ratified' }],
            sources: src,
          },
        ]),
      )[0],
    ).toMatch(/^edges\[0\]\.stages\[0\]\.stage: unknown value "ratified" for stage/);
  });

  it('opens a version 1 document unchanged, with its ties in lifecycle form', () => {
    const r = parseDataset(
      doc([{ source: 'EST', target: 'T', type: 'party-to', start: '2003-05-12', sources: src }], 1),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.edges[0].stages).toEqual([{ stage: 'consent', date: '2003-05-12' }]);
    expect(
      problems(
        doc(
          [
            {
              source: 'EST',
              target: 'T',
              type: 'party-to',
              stages: [{ stage: 'consent' }],
              sources: src,
            },
          ],
          1,
        ),
      ),
    ).toEqual(['edges[0].stages: stages need "schemaVersion": 2']);
  });
});
