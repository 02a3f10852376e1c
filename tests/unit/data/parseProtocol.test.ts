import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { buildDataset, describeProblem, parseDataset } from '../../../src/domain';
import { csvZip } from '../../../src/export/data';
import {
  handleParseRequest,
  type InputFile,
  type ParseResponse,
} from '../../../src/data/parseProtocol';
import { loadFixture } from '../helpers';

const bytes = (path: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures', path))).buffer;
const text = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8');

function parse(...files: InputFile[]): ParseResponse {
  const response = handleParseRequest({ id: 7, files });
  expect(response.id).toBe(7);
  return response;
}

const problemsOf = (r: ParseResponse) => (r.ok ? [] : r.problems.map(describeProblem));

describe('handleParseRequest', () => {
  it('answers a good JSON file with a plain document that builds the same dataset', () => {
    const r = parse({ name: 'small.json', data: bytes('small.json') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.label).toBe('small.json');
    // What a worker posts is a structured clone: it must survive one unchanged.
    const posted = structuredClone(r);
    if (!posted.ok) return;
    const fromWorker = buildDataset(posted.document);
    const direct = parseDataset(JSON.parse(text('small.json')));
    if (!direct.ok) throw new Error('fixture invalid');
    expect(fromWorker.nodes).toEqual(direct.dataset.nodes);
    expect(fromWorker.edges).toEqual(direct.dataset.edges);
    expect([...fromWorker.edgeById.keys()]).toEqual([...direct.dataset.edgeById.keys()]);
  });

  it('lists every problem of a broken JSON file with its location', () => {
    const r = parse({
      name: 'dangling.json',
      data: bytes('broken/dangling-and-duplicate.json'),
    });
    expect(r.ok).toBe(false);
    expect(r.label).toBe('dangling.json');
    expect(problemsOf(r)).toEqual(
      expect.arrayContaining([
        'edges[0].target: unknown node id "enisa2"',
        'nodes[1].id: duplicate id "enisa" (also used by nodes[0])',
        'nodes[2].name: missing name',
      ]),
    );
  });

  it('says when a file is not JSON at all', () => {
    expect(problemsOf(parse({ name: 'x.json', data: bytes('broken/invalid.json') }))).toEqual([
      expect.stringMatching(/^the file is not valid JSON: /),
    ]);
  });

  it('reads a CSV pair given in either order, titled after the files', () => {
    const r = parse(
      { name: 'edges.csv', data: text('csv/edges.csv') },
      { name: 'nodes.csv', data: text('csv/nodes.csv') },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.label).toBe('edges.csv + nodes.csv');
    expect(r.document.meta.title).toBe('edges.csv + nodes.csv');
    expect(r.document.nodes).toHaveLength(loadFixture().nodes.length);
  });

  it('tells renamed CSV files apart by their header', () => {
    const r = parse(
      { name: 'table-a.csv', data: text('csv/nodes.csv') },
      { name: 'table-b.csv', data: text('csv/edges.csv') },
    );
    expect(r.ok).toBe(true);
  });

  it('reads the zip that "Export data" writes', () => {
    const zip = csvZip(loadFixture());
    const r = parse({ name: 'atlas-csv.zip', data: zip.buffer as ArrayBuffer });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.meta.title).toBe('atlas-csv');
    expect(r.document.edges).toHaveLength(loadFixture().edges.length);
  });

  it('locates problems inside a zip by the CSV file and row', () => {
    const zip = zipSync({
      'export/nodes.csv': strToU8(text('broken/csv/nodes.csv')),
      'export/edges.csv': strToU8(text('broken/csv/edges.csv')),
      '__MACOSX/export/._nodes.csv': strToU8('junk'),
    });
    const problems = problemsOf(parse({ name: 'broken.zip', data: zip }));
    expect(problems).toContain('edges.csv row 4, target: unknown node id "enisa2"');
    expect(problems.some((p) => p.startsWith('nodes.csv row 4, kind:'))).toBe(true);
  });

  it.each([
    [
      'one CSV file alone',
      [{ name: 'nodes.csv', data: 'id' }],
      '“nodes.csv” needs its partner table: open nodes.csv and edges.csv together (or a .zip holding both)',
    ],
    [
      'three CSV files',
      [
        { name: 'nodes.csv', data: 'id' },
        { name: 'edges.csv', data: 'id' },
        { name: 'more.csv', data: 'id' },
      ],
      '3 CSV files were given: open exactly two, nodes.csv and edges.csv',
    ],
    [
      'a JSON file with a CSV file',
      [
        { name: 'small.json', data: '{}' },
        { name: 'nodes.csv', data: 'id' },
      ],
      'open one dataset at a time: one .json file, or nodes.csv with edges.csv (got small.json + nodes.csv)',
    ],
    [
      'a picture',
      [{ name: 'map.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }],
      '“map.png” is not a dataset: open a .json dataset, nodes.csv with edges.csv, or a .zip holding them',
    ],
    [
      'a zip with nothing to read',
      [{ name: 'empty.zip', data: zipSync({ 'readme.txt': strToU8('hello') }) }],
      '“empty.zip” holds no .csv or .json file: expected nodes.csv and edges.csv',
    ],
    [
      'a damaged zip',
      [{ name: 'damaged.zip', data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }],
      '“damaged.zip” is not a readable zip file',
    ],
    [
      'text that is not UTF-8',
      [{ name: 'latin1.json', data: new Uint8Array([0x7b, 0xe9, 0x7d]) }],
      '“latin1.json” is not UTF-8 text',
    ],
    ['nothing', [], 'no file was given'],
  ] as [string, InputFile[], string][])('refuses %s, saying why', (_, files, message) => {
    const r = parse(...files);
    expect(r.ok).toBe(false);
    expect(problemsOf(r)).toEqual([expect.stringContaining(message)]);
  });

  it('reads a JSON file with a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new Uint8Array(bytes('small.json'))]);
    expect(parse({ name: 'small.json', data: withBom }).ok).toBe(true);
  });
});
