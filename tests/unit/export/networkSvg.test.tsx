import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseDataset } from '../../../src/domain';
import { createForceLayout } from '../../../src/layout/forceLayout';
import { filterGraph, NO_FILTERS, visibleGraph } from '../../../src/model';
import { networkSvgString } from '../../../src/export/networkSvg';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src/export/options';
import { edgesCsv, nodesCsv, recordsOf, subgraphDocument } from '../../../src/export/data';
import { readCsvDataset } from '../../../src/data/csvReader';
import { DEFAULT_URL_STATE } from '../../../src/store';
import { layoutInput } from '../../../src/views/network/useForceLayout';
import type { NetworkExportInput } from '../../../src/export/fromState';
import { rawFixture } from '../helpers';

function snapshotOf(raw: Record<string, any>, filters = NO_FILTERS): NetworkExportInput {
  const r = parseDataset(raw);
  if (!r.ok) throw new Error('fixture invalid');
  const dataset = r.dataset;
  const graph = filterGraph(dataset, filters);
  const positions = createForceLayout(layoutInput(dataset, graph), { seed: 7 }).tick(200);
  return {
    dataset,
    graph,
    positions,
    sceneOptions: {
      hovered: null,
      selected: null,
      pathNodes: new Set(),
      pathEdges: new Set(),
      zoomK: 1,
      labels: 'important',
    },
    transform: { k: 1, x: 400, y: 300 },
    width: 800,
    height: 600,
  };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('networkSvgString', () => {
  const snapshot = snapshotOf(rawFixture());
  const svg = networkSvgString(snapshot, DEFAULT_EXPORT_OPTIONS, DEFAULT_URL_STATE, '2026-11-22');
  const doc = parse(svg);

  it('is well-formed XML with xmlns, viewBox, width and height', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
    expect(root.getAttribute('width')).toBe('1920');
    expect(root.querySelector('style')?.textContent).toContain('.edge');
  });

  it('contains exactly the visible nodes and edges, the legend and the footer', () => {
    const ids = [...doc.querySelectorAll('[data-node-id]')]
      .map((e) => e.getAttribute('data-node-id'))
      .sort();
    expect(ids).toEqual(snapshot.graph.nodes.map((n) => n.id).sort());
    expect(doc.querySelectorAll('[data-edge-id]')).toHaveLength(snapshot.graph.edges.length);
    expect(doc.querySelector('#legend')?.textContent).toContain('Cybercrime');
    expect(doc.querySelector('#footer')?.textContent).toContain('Exported 2026-11-22');
    expect(doc.querySelector('#footer')?.textContent).toContain(
      'Data test · status as of 22 November 2026',
    );
    expect(doc.querySelector('#title')?.textContent).toBe('International cyber cooperation');
  });

  it('escapes text from the data: markup stays text', () => {
    const raw = rawFixture();
    raw.nodes[0].shortName = '<script>alert("x")</script> & "Co"';
    const hostile = networkSvgString(
      snapshotOf(raw),
      { ...DEFAULT_EXPORT_OPTIONS, labels: 'all', title: 'A <b>bold</b> & title' },
      DEFAULT_URL_STATE,
      '2026-11-22',
    );
    const d = parse(hostile);
    expect(d.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(d.getElementsByTagName('script')).toHaveLength(0);
    expect(d.getElementsByTagName('b')).toHaveLength(0);
    expect(d.querySelector('#title')?.textContent).toBe('A <b>bold</b> & title');
    expect([...d.querySelectorAll('title')].map((t) => t.textContent)).toContain(
      '<script>alert("x")</script> & "Co" — United Nations',
    );
  });

  it('honours the options: no legend, no labels, transparent background', () => {
    const d = parse(
      networkSvgString(
        snapshot,
        {
          ...DEFAULT_EXPORT_OPTIONS,
          legend: false,
          labels: 'none',
          background: 'transparent',
          size: 'a4-landscape',
        },
        DEFAULT_URL_STATE,
        '2026-11-22',
      ),
    );
    expect(d.querySelector('#legend')).toBeNull();
    expect(d.querySelectorAll('[data-label-for]')).toHaveLength(0);
    expect(d.querySelector('style')?.textContent).toContain('.bg{fill:none}');
    expect(d.documentElement.getAttribute('viewBox')).toBe('0 0 1123 794');
  });

  it('matches the saved snapshot of the fixture (seeded layout)', () => {
    expect(svg).toMatchSnapshot();
  });
});

describe('data export', () => {
  const snapshot = snapshotOf(rawFixture(), { ...NO_FILTERS, regions: ['europe'] });
  it('writes a dataset document that parses back', () => {
    const doc = subgraphDocument(snapshot.dataset, snapshot.graph, 'region: Europe');
    const back = parseDataset(JSON.parse(JSON.stringify(doc)));
    expect(back.ok).toBe(true);
    if (back.ok)
      expect(back.dataset.nodes.map((n) => n.id)).toEqual(snapshot.graph.nodes.map((n) => n.id));
  });
  it('writes ties as recorded, with their lifecycle, whatever the period shown', () => {
    const raw = rawFixture();
    raw.schemaVersion = 2;
    raw.edges.push({
      source: 'EST',
      target: 'budapest-convention',
      type: 'party-to',
      stages: [
        { stage: 'signature', date: '2001-11-23' },
        { stage: 'ratification', date: '2003-05-12' },
        { stage: 'in-force', date: '2004-07-01' },
      ],
      sources: [{ title: 'CoE', url: 'https://www.coe.int/' }],
    });
    raw.edges = raw.edges.filter(
      (e: { source: string; target: string; type: string }) =>
        !(e.source === 'EST' && e.target === 'budapest-convention' && !('stages' in e)),
    );
    const parsed = parseDataset(raw);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const dataset = parsed.dataset;
    // As of 2003 the tie is drawn as a signature, and an undated tie as "date unknown".
    const asOf2003 = visibleGraph(dataset, {
      filters: { ...NO_FILTERS, states: true },
      range: { from: null, to: '2003' },
      focus: null,
      hops: null,
    });
    const est = asOf2003.edges.find(
      (e) => e.source === 'EST' && e.target === 'budapest-convention',
    )!;
    expect(est.type).toBe('signatory-of');
    expect(asOf2003.edges.some((e) => e.dateUnknown)).toBe(true);
    const doc = JSON.parse(JSON.stringify(subgraphDocument(dataset, asOf2003, 'to 2003')));
    const back = parseDataset(doc);
    expect(back.ok).toBe(true);
    const written = doc.edges.find((e: { id: string }) => e.id === est.id);
    expect(written.type).toBe('party-to');
    expect(written.stages).toHaveLength(3);
    expect(doc.edges.some((e: object) => 'dateUnknown' in e)).toBe(false);
    const records = recordsOf(dataset, asOf2003);
    const csv = readCsvDataset(
      { name: 'nodes.csv', text: nodesCsv(records) },
      { name: 'edges.csv', text: edgesCsv(records) },
      'to 2003',
    );
    expect(csv.ok).toBe(true);
    if (csv.ok) expect(csv.document.edges.find((e) => e.id === est.id)?.type).toBe('party-to');
  });
  it('writes CSV tables with a header and one row per node and edge', () => {
    const nodes = nodesCsv(snapshot.graph).trim().split(/\r?\n/);
    expect(nodes[0]).toMatch(/^id,type,kind,name,/);
    expect(nodes).toHaveLength(snapshot.graph.nodes.length + 1);
    expect(edgesCsv(snapshot.graph).trim().split(/\r?\n/)).toHaveLength(
      snapshot.graph.edges.length + 1,
    );
  });
  it('writes each source with its title, so the tables open again without loss', () => {
    const enisa = Papa.parse<Record<string, string>>(nodesCsv(snapshot.graph), {
      header: true,
    }).data.find((row) => row.id === 'enisa');
    expect(enisa?.sources).toBe('ENISA – About https://www.enisa.europa.eu/about-enisa');
  });
});
