import { describe, expect, it } from 'vitest';
import { describeProblem, parseDataset, parseDatasetText } from '../../../src/domain';
import { rawFixture } from '../helpers';

const messages = (raw: unknown) => {
  const r = parseDataset(raw);
  return r.ok ? [] : r.problems.map(describeProblem);
};

describe('parseDataset', () => {
  it('accepts a valid file and indexes it', () => {
    const r = parseDataset(rawFixture());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.dataset;
    expect(d.nodes).toHaveLength(14);
    expect(d.nodeById.get('enisa')?.shortName).toBe('ENISA');
    expect(d.edgeById.has('enisa--part-of--eu')).toBe(true);
    expect([...d.neighbours.get('eu')!].sort()).toEqual([
      'enisa',
      'eu-cybersecurity-act',
      'interpol',
      'nato',
    ]);
    expect(d.degree.get('eu')).toBe(4);
    expect(Object.isFrozen(d.nodes)).toBe(true);
    expect(Object.isFrozen(d.nodes[0])).toBe(true);
  });

  it.each([
    [
      'a dangling edge',
      (d: any) => (d.edges[0].target = 'enisa2'),
      'edges[0].target: unknown node id "enisa2"',
    ],
    [
      'a duplicate id',
      (d: any) => (d.nodes[1].id = 'un'),
      'nodes[1].id: duplicate id "un" (also used by nodes[0])',
    ],
    ['a missing name', (d: any) => delete d.nodes[2].name, 'nodes[2].name: missing name'],
    [
      'an unknown region',
      (d: any) => (d.nodes[0].regions = ['atlantis']),
      'nodes[0].regions[0]: unknown value "atlantis" for regions',
    ],
    [
      'an unknown function',
      (d: any) => (d.nodes[0].functions = ['hacking']),
      'nodes[0].functions[0]: unknown value "hacking" for functions',
    ],
    [
      'an unknown relationship',
      (d: any) => (d.edges[1].type = 'likes'),
      'edges[1].type: unknown value "likes" for type',
    ],
    [
      'an impossible date',
      (d: any) => (d.nodes[3].start = '2001-02-30'),
      'nodes[3].start: not a valid date "2001-02-30"',
    ],
    [
      'a malformed date',
      (d: any) => (d.nodes[3].start = '23/11/2001'),
      'nodes[3].start: not a valid date "23/11/2001"',
    ],
    [
      'dates out of order',
      (d: any) => (d.nodes[8].inForce = '1999'),
      'nodes[8].inForce: inForce "1999" is before start "2001-11-23"',
    ],
    [
      'a kind that does not fit the type',
      (d: any) => (d.nodes[0].kind = 'treaty'),
      'nodes[0].kind: kind "treaty" does not fit type "organization"',
    ],
    [
      'a node without sources',
      (d: any) => (d.nodes[0].sources = []),
      'nodes[0].sources: needs at least one source',
    ],
    [
      'a source that is not a web address',
      (d: any) => (d.edges[0].sources[0].url = 'javascript:alert(1)'),
      'edges[0].sources[0].url: not a web address',
    ],
    [
      'a duplicate edge',
      (d: any) => d.edges.push({ ...d.edges[0] }),
      'edges[14]: duplicate edge "un-gge--part-of--un" (also edges[0])',
    ],
  ])('reports %s precisely', (_, breakIt, expected) => {
    const raw = rawFixture();
    breakIt(raw);
    expect(messages(raw).some((m) => m.startsWith(expected))).toBe(true);
  });

  it('reports every problem at once, schema and integrity together', () => {
    const raw = rawFixture();
    raw.nodes[0].regions = ['atlantis'];
    raw.nodes[1].id = 'un';
    raw.edges[0].target = 'nowhere';
    delete raw.nodes[5].type;
    const found = messages(raw);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('nodes[0].regions[0]'),
        expect.stringContaining('nodes[1].id: duplicate id'),
        expect.stringContaining('edges[0].target: unknown node id "nowhere"'),
        'nodes[5].type: missing type',
      ]),
    );
  });

  it('rejects what is not a dataset, and invalid JSON, with a plain message', () => {
    expect(messages([1, 2])).toEqual([
      'the file is not a dataset: expected a JSON object with "nodes" and "edges"',
    ]);
    const r = parseDatasetText('{"nodes": [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/^the file is not valid JSON/);
    expect(messages({ schemaVersion: 3, meta: { title: 't' }, nodes: [], edges: [] })).toEqual([
      'schemaVersion: unsupported schemaVersion 3 (expected 2, or 1 for older files)',
    ]);
  });

  it('derives edge ids when the file leaves them out', () => {
    const r = parseDataset(rawFixture());
    expect(
      r.ok && r.dataset.edges.every((e) => e.id === `${e.source}--${e.type}--${e.target}`),
    ).toBe(true);
  });
});
