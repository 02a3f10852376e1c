import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/domain';
import { isOnTimeline, layoutTimeline, timelineExtent } from '../../../src/layout/timeline';
import { filterGraph, NO_FILTERS, type TimeRange } from '../../../src/model';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../src/export/options';
import { timelineSvgString } from '../../../src/export/timelineSvg';
import { DEFAULT_URL_STATE } from '../../../src/store';
import type { TimelineExportInput } from '../../../src/export/fromState';
import { rawFixture } from '../helpers';

const now = new Date(Date.UTC(2026, 10, 22));

function snapshotOf(
  raw: Record<string, any>,
  over: Partial<TimelineExportInput> = {},
  filters = NO_FILTERS,
): TimelineExportInput {
  const r = parseDataset(raw);
  if (!r.ok) throw new Error('fixture invalid');
  const extent = timelineExtent(r.dataset.nodes, now);
  return {
    dataset: r.dataset,
    graph: filterGraph(r.dataset, filters),
    groupBy: 'type',
    extent,
    domain: extent,
    now,
    range: { from: null, to: null },
    selectedId: null,
    width: 1000,
    height: 600,
    scrollTop: 0,
    ...over,
  };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const exportOf = (
  snapshot: TimelineExportInput,
  options: Partial<ExportOptions> = {},
  range: TimeRange = snapshot.range,
) =>
  timelineSvgString(
    snapshot,
    { ...DEFAULT_EXPORT_OPTIONS, ...options },
    { ...DEFAULT_URL_STATE, ...range },
    '2026-11-22',
  );
const markIds = (doc: Document) =>
  [...doc.querySelectorAll('g.mark[data-node-id]')].map((e) => e.getAttribute('data-node-id'));

describe('timelineSvgString', () => {
  const snapshot = snapshotOf(rawFixture());
  const svg = exportOf(snapshot);
  const doc = parse(svg);
  const dated = snapshot.graph.nodes.filter(isOnTimeline).length;

  it('is a well-formed standalone SVG: xmlns, viewBox, size, embedded style, no foreignObject', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
    expect(root.getAttribute('width')).toBe('1920');
    expect(root.getAttribute('height')).toBe('1080');
    // One stylesheet, in the document itself, with the timeline's rules.
    const styles = doc.getElementsByTagName('style');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toContain('.mark-shape');
    expect(svg).not.toMatch(/foreignObject|<image|@import|<script|tabindex|role="button"/);
  });

  it('draws one mark per dated organization and instrument, and none for states', () => {
    const dated = snapshot.graph.nodes.filter(isOnTimeline).map((n) => n.id);
    expect(markIds(doc).sort()).toEqual(dated.sort());
    expect(markIds(doc)).not.toContain('EST');
    // Each mark is a group with its shape, its <title> and, where it fits, its label as text.
    const budapest = doc.querySelector('g.mark[data-node-id="budapest-convention"]')!;
    expect(budapest.getAttribute('class')).toContain('mark--point');
    expect(budapest.querySelector('title')!.textContent).toContain('Convention on Cybercrime');
    expect(doc.querySelectorAll('text.mark-label').length).toBeGreaterThan(3);
  });

  it('keeps only the marks the filters let through', () => {
    const europe = snapshotOf(rawFixture(), {}, { ...NO_FILTERS, regions: ['europe'] });
    const ids = markIds(parse(exportOf(europe)));
    expect(ids.sort()).toEqual(
      europe.graph.nodes
        .filter(isOnTimeline)
        .map((n) => n.id)
        .sort(),
    );
    expect(ids).not.toContain('afripol');
  });

  it('has lanes, a time axis with ticks, the legend, a title and a footer', () => {
    expect([...doc.querySelectorAll('.lane-label')].map((t) => t.textContent)).toEqual([
      'Organizations',
      'Instruments',
    ]);
    const ticks = [...doc.querySelectorAll('.axis .tick text')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(4);
    expect(ticks).toContain('2000');
    const legend = doc.querySelector('#legend')!.textContent!;
    expect(legend).toContain('Cybercrime');
    expect(legend).toContain('Organization: founded to dissolved');
    expect(legend).not.toContain('Line: relationship'); // the timeline draws no ties
    expect(doc.querySelector('#title')!.textContent).toBe('International cyber cooperation');
    expect(doc.querySelector('#footer')!.textContent).toMatch(
      new RegExp(`^${dated} organizations and instruments · No filters.*Exported 2026-11-22`, 's'),
    );
  });

  it('escapes names: markup in the data stays text', () => {
    const raw = rawFixture();
    const coe = raw.nodes.find((n: { id: string }) => n.id === 'coe');
    coe.name = 'Council <b>of</b> Europe & "friends"';
    coe.shortName = "C<o>E & 'co'";
    const text = exportOf(snapshotOf(raw));
    const parsed = parse(text);
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagName('b')).toHaveLength(0);
    expect(text).toContain('C&lt;o&gt;E &amp;');
    const mark = parsed.querySelector('g.mark[data-node-id="coe"]')!;
    expect(mark.querySelector('title')!.textContent).toContain(
      `C<o>E & 'co' — Council <b>of</b> Europe & "friends"`,
    );
    expect(mark.querySelector('text.mark-label')?.textContent).toBe(`C<o>E & 'co'`);
  });

  it('keeps the zoom: the ticks and the marks follow the period on screen', () => {
    const domain: [Date, Date] = [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2010, 0, 1))];
    const zoomed = parse(exportOf({ ...snapshot, domain }));
    const ticks = [...zoomed.querySelectorAll('.axis .tick text')].map((t) => t.textContent);
    expect(ticks).toContain('2004');
    expect(ticks).not.toContain('1960');
  });

  it('shades the chosen period and marks it in the brush strip; marks outside it are faint', () => {
    const range = { from: '1998', to: '2004' };
    const periodDoc = parse(exportOf({ ...snapshot, range }, {}, range));
    expect(periodDoc.querySelector('.period-band')).not.toBeNull();
    expect(periodDoc.querySelector('.period-strip')).not.toBeNull();
    expect(
      periodDoc.querySelector('[data-node-id="eu-cybersecurity-act"]')!.getAttribute('class'),
    ).toContain('is-out');
    expect(
      periodDoc.querySelector('[data-node-id="budapest-convention"]')!.getAttribute('class'),
    ).not.toContain('is-out');
    expect(periodDoc.querySelector('#footer')!.textContent).toMatch(
      new RegExp(
        `^${dated} organizations and instruments, \\d+ in the period · Filters: period: 1998 to 2004`,
      ),
    );
  });

  it('rings the selection, and lights its neighbours', () => {
    const selected = parse(exportOf({ ...snapshot, selectedId: 'coe' }));
    expect(selected.querySelector('[data-node-id="coe"]')!.getAttribute('class')).toContain(
      'is-selected',
    );
    expect(selected.querySelectorAll('.selection-halo')).toHaveLength(1);
    expect(
      selected.querySelector('[data-node-id="budapest-convention"]')!.getAttribute('class'),
    ).not.toContain('is-dim');
    expect(selected.querySelector('[data-node-id="afripol"]')!.getAttribute('class')).toContain(
      'is-dim',
    );
  });

  it('"As on screen" draws the same window as the screen, scaled into the page', () => {
    const onScreen = { ...snapshot, width: 900, height: 300, scrollTop: 40 };
    const page = parse(
      exportOf(onScreen, { size: 'screen', framing: 'screen', legend: false, title: '' }),
    );
    const root = page.documentElement;
    expect(root.getAttribute('viewBox')).toBe('0 0 900 300');
    expect(page.querySelector('#legend')).toBeNull();
    expect(page.querySelector('#title')).toBeNull();
    const drawing = page.querySelector('#drawing svg')!;
    expect(drawing.getAttribute('viewBox')).toBe('0 0 900 300');
    const scale = Number(
      /scale\(([\d.]+)\)/.exec(
        page.querySelector('#drawing .viewport')!.getAttribute('transform')!,
      )![1],
    );
    expect(scale).toBeGreaterThan(0.5);
    expect(scale).toBeLessThan(1);
    // The same layout the screen had, lanes scrolled by the same amount.
    const screenLayout = layoutTimeline(onScreen.graph.nodes, {
      width: 900,
      height: 300,
      groupBy: 'type',
      extent: onScreen.extent,
      domain: onScreen.domain,
      now,
    });
    const un = screenLayout.marks.find((m) => m.id === 'un')!;
    const shape = page.querySelector('[data-node-id="un"] .mark-shape')!;
    expect(Number(shape.getAttribute('x'))).toBeCloseTo(un.x, 1);
    expect(page.querySelector('.marks')!.parentElement!.getAttribute('transform')).toBe(
      'translate(0,-40)',
    );
  });

  it('"Every lane" fits all lanes into the page and can leave the labels out', () => {
    const tall = { ...snapshot, width: 900, height: 120 };
    const page = parse(exportOf(tall, { size: 'a4-landscape', framing: 'fit', labels: 'none' }));
    expect(page.documentElement.getAttribute('viewBox')).toBe('0 0 1123 794');
    expect(page.querySelectorAll('text.mark-label')).toHaveLength(0);
    expect(page.querySelectorAll('.lane-label')).toHaveLength(2);
    const inner = page.querySelector('#drawing svg')!;
    expect(Number(inner.getAttribute('height'))).toBeGreaterThan(120);
  });

  it('uses the dark palette or no background at all', () => {
    expect(exportOf(snapshot, { background: 'dark' })).toContain('.bg{fill:#141a22}');
    expect(exportOf(snapshot, { background: 'transparent' })).toContain('.bg{fill:none}');
  });
});
