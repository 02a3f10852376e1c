import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildDataset, describeProblem, parseDataset, type Dataset } from '../../../src/domain';
import { readCsvDataset } from '../../../src/data/csvReader';
import { edgesCsv, nodesCsv } from '../../../src/export/data';
import { loadFixture } from '../helpers';

const fixture = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8');

function read(nodes: string, edges: string) {
  return readCsvDataset(
    { name: 'nodes.csv', text: nodes },
    { name: 'edges.csv', text: edges },
    'Mine',
  );
}

function problemsOf(nodes: string, edges: string) {
  const r = read(nodes, edges);
  return r.ok ? [] : r.problems.map(describeProblem);
}

/** The records of a dataset as plain data, with absent and null told apart no further. */
function plain(d: Pick<Dataset, 'nodes' | 'edges'>) {
  const clean = (o: object): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? clean(v) : v]),
    );
  return { nodes: d.nodes.map(clean), edges: d.edges.map(clean) };
}

function roundTrip(dataset: Dataset) {
  const back = read(nodesCsv(dataset), edgesCsv(dataset));
  if (!back.ok) throw new Error(back.problems.map(describeProblem).join('\n'));
  return buildDataset(back.document);
}

const NODES_HEADER = 'id,type,kind,name,regions,sources';
const EDGES_HEADER = 'source,target,type,sources';
const UN = 'un,organization,intergovernmental,United Nations,global,UN https://www.un.org/';
const EU =
  'eu,organization,intergovernmental,European Union,europe,EU https://european-union.europa.eu/';
const EDGE = 'eu,un,cooperates-with,EU https://european-union.europa.eu/';

describe('readCsvDataset', () => {
  it('reads a good pair into a valid document titled as given', () => {
    const r = read(fixture('csv/nodes.csv'), fixture('csv/edges.csv'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.meta.title).toBe('Mine');
    const small = loadFixture();
    expect(r.document.nodes.map((n) => n.id)).toEqual(small.nodes.map((n) => n.id));
    expect(r.document.edges).toHaveLength(small.edges.length);
    const un = r.document.nodes.find((n) => n.id === 'un')!;
    expect(un.hq).toEqual({ city: 'New York', country: 'USA' });
    expect(un.functions).toEqual(['norms', 'capacity-building']);
    expect(un.sources).toEqual([
      {
        title: 'UN – History of the United Nations',
        url: 'https://www.un.org/en/about-us/history-of-the-un',
      },
    ]);
  });

  it('keeps the checked-in CSV fixtures equal to what the exporter writes', () => {
    const small = loadFixture();
    expect(fixture('csv/nodes.csv')).toBe(nodesCsv(small));
    expect(fixture('csv/edges.csv')).toBe(edgesCsv(small));
  });

  it('reports a missing column once, not on every row', () => {
    const problems = problemsOf(
      ['id,type,name,sources', 'un,organization,United Nations,UN https://www.un.org/'].join('\n'),
      [EDGES_HEADER].join('\n'),
    );
    expect(problems).toEqual([
      'nodes.csv row 1: missing column "kind" (required: id, type, kind, name, sources)',
    ]);
  });

  it('refuses an unknown column rather than silently dropping it', () => {
    const problems = problemsOf(
      [`${NODES_HEADER},fucntions`, `${UN},norms`].join('\n'),
      EDGES_HEADER,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^nodes\.csv row 1: unknown column "fucntions" \(the columns are: id, type/,
    );
  });

  it('accepts column names in any case and in any order', () => {
    const r = read(
      [
        'Name,ID,Type,Kind,Sources',
        'United Nations,un,organization,intergovernmental,UN https://www.un.org/',
      ].join('\n'),
      'TYPE,Source,Target,sources',
    );
    expect(r.ok).toBe(true);
  });

  it('locates each bad row by table, spreadsheet row and column', () => {
    const problems = problemsOf(fixture('broken/csv/nodes.csv'), fixture('broken/csv/edges.csv'));
    expect(problems).toEqual([
      expect.stringMatching(/^nodes\.csv row 4, kind: unknown value "agncy" for kind \(expected one of: /),
      expect.stringMatching(
        /^nodes\.csv row 4, kind: kind "agncy" does not fit type "organization"/,
      ),
      'nodes.csv row 5, sources: source 1 "EUR-Lex" does not end with a web address (write the title, a space, then an address starting with http:// or https://)',
      expect.stringMatching(/^nodes\.csv row 5, regions: unknown value "europ" for regions/),
      'edges.csv row 4, target: unknown node id "enisa2"',
    ]);
  });

  it('says which row a duplicate repeats, in CSV terms', () => {
    expect(problemsOf([NODES_HEADER, UN, EU, UN].join('\n'), EDGES_HEADER)).toEqual([
      'nodes.csv row 4, id: duplicate id "un" (also used by nodes.csv row 2)',
    ]);
  });

  it('counts rows as a spreadsheet does, across blank lines and multi-line cells', () => {
    const nodes = [
      NODES_HEADER,
      'un,organization,intergovernmental,United Nations,global,"UN https://www.un.org/\nUN charter https://www.un.org/en/about-us/un-charter"',
      '',
      'eu,organization,intergovernmental,European Union,eurpoe,EU https://european-union.europa.eu/',
    ].join('\n');
    expect(problemsOf(nodes, EDGES_HEADER)).toEqual([
      expect.stringMatching(/^nodes\.csv row 4, regions: unknown value "eurpoe" for regions/),
    ]);
  });

  it('locates a bad address among several sources', () => {
    const nodes = [
      NODES_HEADER,
      `${UN.replace('UN https', '"UN https')}\nCharter http:/broken"`,
    ].join('\n');
    const r = read(nodes, EDGES_HEADER);
    expect(r.ok).toBe(false);
    expect(r.ok || r.problems.map(describeProblem)).toEqual([
      expect.stringContaining(
        'nodes.csv row 2, sources: source 2 "Charter http:/broken" does not end with a web address',
      ),
    ]);
  });

  it('reads quoted cells holding commas, quotes and line breaks', () => {
    const nodes = Papa.unparse([
      ['id', 'type', 'kind', 'name', 'aliases', 'description', 'sources'],
      [
        'un',
        'organization',
        'intergovernmental',
        'United Nations, the "UN"',
        'ONU;Vereinte Nationen',
        'First line,\nsecond "line"',
        'UN, history https://www.un.org/',
      ],
    ]);
    expect(nodes).toContain('"United Nations, the ""UN"""');
    const r = read(nodes, EDGES_HEADER);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.nodes[0]).toMatchObject({
      name: 'United Nations, the "UN"',
      aliases: ['ONU', 'Vereinte Nationen'],
      description: 'First line,\nsecond "line"',
      sources: [{ title: 'UN, history', url: 'https://www.un.org/' }],
    });
  });

  it('reports a quote that is never closed, with its row', () => {
    const problems = problemsOf(
      [NODES_HEADER, UN, 'eu,organization,"intergovernmental,European Union'].join('\n'),
      EDGES_HEADER,
    );
    expect(problems).toEqual(['nodes.csv row 3: a quoted cell is never closed (a " is missing)']);
  });

  it('reports a row with the wrong number of cells', () => {
    expect(problemsOf([NODES_HEADER, `${UN},extra`].join('\n'), EDGES_HEADER)).toEqual([
      'nodes.csv row 2: has 7 cells but the header has 6 columns',
    ]);
  });

  it('reports an empty table', () => {
    expect(problemsOf([NODES_HEADER, UN].join('\n'), '')).toEqual([
      'edges.csv: the table is empty: expected a header row naming its columns',
    ]);
  });

  it('reads tables separated by semicolons or tabs, and a byte-order mark', () => {
    const semi = (line: string) =>
      Papa.unparse([Papa.parse<string[]>(line).data[0]], { delimiter: ';' });
    const r = read(
      `\uFEFF${semi(NODES_HEADER)}\n${semi(UN)}\n${semi(EU)}`,
      [EDGES_HEADER, EDGE].join('\n').replace(/,/g, '\t'),
    );
    expect(r.ok || r.problems).toBe(true);
  });

  it('reads true and false in the binding column, and refuses anything else', () => {
    const nodes = [
      'id,type,kind,name,binding,sources',
      'tr,instrument,treaty,A treaty,maybe,T https://example.org/',
    ];
    expect(problemsOf(nodes.join('\n'), EDGES_HEADER)).toEqual([
      'nodes.csv row 2, binding: binding must be true, false or empty, got "maybe"',
    ]);
  });

  describe('round trip with "Export data"', () => {
    it('gives back the small fixture exactly', () => {
      const small = loadFixture();
      expect(plain(roundTrip(small))).toEqual(plain(small));
    });

    it('gives back the bundled dataset exactly, every field and source title included', () => {
      const raw = JSON.parse(readFileSync(join(process.cwd(), 'data/network.json'), 'utf8'));
      const parsed = parseDataset(raw);
      if (!parsed.ok) throw new Error('bundled dataset invalid');
      const back = roundTrip(parsed.dataset);
      expect(plain(back)).toEqual(plain(parsed.dataset));
      expect(back.nodes.some((n) => n.startNote)).toBe(true);
    });

    it('gives back awkward text unchanged', () => {
      const small = loadFixture();
      const awkward = buildDataset({
        meta: small.meta,
        nodes: small.nodes.map((n, i) =>
          i === 0
            ? {
                ...n,
                name: '=cmd|"/c calc"!A1, "quoted"',
                shortName: "'s-Hertogenbosch",
                aliases: ['a; b', ' padded ', '[x]'],
                description: 'Line one\r\nline two, with "quotes"',
                startNote: '-approx.',
                binding: true,
                sources: [
                  { title: 'Title with\nbreak', url: 'https://example.org/?a=1,b=2' },
                  { title: '[1] cited', url: 'https://example.org/x' },
                ],
              }
            : n,
        ),
        edges: small.edges.map((e, i) =>
          i === 0 ? { ...e, note: '@note; "odd"\nsecond line' } : e,
        ),
      });
      expect(plain(roundTrip(awkward))).toEqual(plain(awkward));
    });
  });
});
