import { describe, expect, it } from 'vitest';
import {
  labelBox,
  layoutTimeline,
  markAccessibleName,
  packRows,
  packTimeline,
  positionTimeline,
  playbackStartYear,
  stepMark,
  timelineExtent,
  zoomedDomain,
  type TimelineMark,
} from '../../../src/layout/timeline';
import { loadFixture } from '../helpers';

const d = loadFixture();
const now = new Date(Date.UTC(2026, 0, 1));
const options = { width: 1000, height: 600, groupBy: 'type' as const, now };
const layout = layoutTimeline(d.nodes, options);
const markOf = (id: string) => layout.marks.find((m) => m.id === id)!;

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const visibleLabelBoxes = (marks: readonly TimelineMark[]) =>
  marks.filter((m) => m.labelVisible).map(labelBox);

describe('layoutTimeline', () => {
  it('has a mark for every dated organization and instrument, and none for states or undated nodes', () => {
    const dated = d.nodes.filter((n) => n.type !== 'state' && n.start).map((n) => n.id);
    expect(layout.marks.map((m) => m.id).sort()).toEqual(dated.sort());
    expect(layout.marks.some((m) => m.id === 'EST' || m.id === 'FRA')).toBe(false);
    const undated = { ...d.nodeById.get('enisa')!, id: 'undated', start: null };
    expect(
      layoutTimeline([...d.nodes, undated], options).marks.some((m) => m.id === 'undated'),
    ).toBe(false);
  });

  it('draws organizations as bars to their end (or today) and instruments as points with a line to entry into force', () => {
    const gge = markOf('un-gge');
    expect(gge.kind).toBe('bar');
    expect(gge.x).toBeCloseTo(layout.scale(new Date(Date.UTC(2004, 0, 1))));
    expect(gge.xEnd).toBeCloseTo(layout.scale(new Date(Date.UTC(2022, 0, 1)))); // "2021" runs to its last day
    expect(markOf('un').xEnd).toBeCloseTo(layout.scale(now));
    const budapest = markOf('budapest-convention');
    expect(budapest.kind).toBe('point');
    expect(budapest.xEnd).toBeCloseTo(layout.scale(new Date(Date.UTC(2004, 6, 1))));
    const report = markOf('gge-report-2015');
    expect(report.xEnd).toBe(report.x);
  });

  it.each([
    ['type', ['organization', 'instrument'], ['Organizations', 'Instruments']],
    ['region', ['global', 'europe', 'africa'], ['Global', 'Africa', 'Europe']],
    [
      'function',
      ['norms', 'cybercrime', 'standards', 'defence', 'regulation', 'capacity-building'],
      null,
    ],
  ] as const)('groups lanes by %s, in taxonomy order', (groupBy, keys, labels) => {
    const l = layoutTimeline(d.nodes, { ...options, groupBy });
    expect(new Set(l.lanes.map((x) => x.key))).toEqual(new Set(keys));
    if (labels) expect(l.lanes.map((x) => x.label)).toEqual(labels);
    if (groupBy === 'region')
      expect(l.marks.find((m) => m.id === 'budapest-convention')!.lane).toBe('europe'); // its first region
    // Lanes stack without overlapping, and every mark sits inside its lane.
    for (let i = 1; i < l.lanes.length; i++)
      expect(l.lanes[i].y).toBeGreaterThanOrEqual(l.lanes[i - 1].y + l.lanes[i - 1].height);
    for (const m of l.marks) {
      const lane = l.lanes.find((x) => x.key === m.lane)!;
      expect(m.y).toBeGreaterThan(lane.y);
      expect(m.y).toBeLessThan(lane.y + lane.height);
    }
  });

  it.each([
    ['at full width', options],
    ['in a narrow view', { ...options, width: 360 }],
    [
      'zoomed in',
      {
        ...options,
        domain: [new Date(Date.UTC(1995, 0, 1)), new Date(Date.UTC(2010, 0, 1))] as [Date, Date],
      },
    ],
  ])('never lets two visible labels overlap %s', (_, o) => {
    const l = layoutTimeline(d.nodes, o);
    const boxes = visibleLabelBoxes(l.marks);
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(l.frame.plotLeft);
      expect(b.x1).toBeLessThanOrEqual(l.frame.plotRight);
    }
  });

  it('hides labels that do not fit and shows them when the user zooms in', () => {
    const crowded = layoutTimeline(d.nodes, { ...options, width: 500 });
    const hidden = crowded.marks.filter((m) => !m.labelVisible).map((m) => m.id);
    expect(hidden.length).toBeGreaterThan(0);
    const zoomed = layoutTimeline(d.nodes, {
      ...options,
      width: 500,
      extent: crowded.extent,
      domain: [new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))],
    });
    expect(
      zoomed.marks.filter((m) => hidden.includes(m.id) && m.labelVisible).length,
    ).toBeGreaterThan(0);
  });

  it('packs rows so that no two marks in a row overlap, and keeps rows while zooming', () => {
    const extentOf = (m: TimelineMark) =>
      m.kind === 'bar'
        ? [m.x, Math.max(m.xEnd, m.x + 3)]
        : [m.x - 4.5, Math.max(m.xEnd, m.x + 4.5)];
    for (const l of [layout, layoutTimeline(d.nodes, { ...options, groupBy: 'region' })]) {
      const marks = l.marks;
      for (let i = 0; i < marks.length; i++)
        for (let j = i + 1; j < marks.length; j++) {
          if (marks[i].lane !== marks[j].lane || marks[i].row !== marks[j].row) continue;
          const [a0, a1] = extentOf(marks[i]);
          const [b0, b1] = extentOf(marks[j]);
          expect(a0 < b1 && b0 < a1, `${marks[i].id} and ${marks[j].id}`).toBe(false);
          expect(marks[i].y).toBe(marks[j].y);
        }
    }
    const zoomed = layoutTimeline(d.nodes, {
      ...options,
      extent: layout.extent,
      domain: zoomedDomain(layout.extent, layout.frame, { k: 3, x: -500 }),
    });
    expect(zoomed.marks.map((m) => [m.id, m.lane, m.row])).toEqual(
      layout.marks.map((m) => [m.id, m.lane, m.row]),
    );
  });

  it('packRows puts overlapping intervals on separate rows and reuses free rows', () => {
    const { rows, count } = packRows([
      { x0: 0, x1: 10 },
      { x0: 5, x1: 20 },
      { x0: 30, x1: 40 },
    ]);
    expect(rows).toEqual([0, 1, 0]);
    expect(count).toBe(2);
  });

  it('spans from before the first start to after today', () => {
    const [from, to] = timelineExtent(d.nodes, now);
    expect(from.getTime()).toBeLessThan(Date.UTC(1923, 0, 1));
    expect(to.getTime()).toBeGreaterThan(now.getTime());
    expect(layout.domain).toEqual([from, to]);
  });

  it('puts the label of a bar just before its start when there is room, ending there, else on the bar', () => {
    const before = layout.marks.filter((m) => m.kind === 'bar' && m.labelVisible && !m.labelOnBar);
    expect(before.length).toBeGreaterThan(0);
    for (const m of before) {
      expect(m.labelAnchor).toBe('end');
      expect(labelBox(m).x1).toBeLessThanOrEqual(m.x);
    }
    // Zoomed in on recent years, the old bodies' bars start off screen: their labels ride on them.
    const zoomed = layoutTimeline(d.nodes, {
      ...options,
      extent: layout.extent,
      domain: [new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))],
    });
    const un = zoomed.marks.find((m) => m.id === 'un')!;
    expect(un.labelVisible && un.labelOnBar).toBe(true);
    expect(un.labelX).toBeGreaterThanOrEqual(zoomed.frame.plotLeft);
  });

  it('names each mark for assistive technology: the words on screen, name and year(s)', () => {
    expect(markAccessibleName(d.nodeById.get('budapest-convention')!)).toBe(
      'Budapest Convention — Convention on Cybercrime, 2001',
    );
    expect(markOf('un-gge').accessibleName).toMatch(/, 2004–2021$/);
    expect(layout.marks.every((m) => /, \d{4}(–\d{4})?$/.test(m.accessibleName))).toBe(true);
  });

  describe('stepMark (keyboard travel)', () => {
    const marks = layout.marks;
    const lane = (key: string) =>
      marks.filter((m) => m.lane === key).sort((a, b) => a.x - b.x || a.y - b.y);

    it('starts at the earliest mark of the first lane', () => {
      expect(stepMark(marks, null, 'next')).toBe(lane('organization')[0].id);
    });

    it('moves through a lane in time, and stops at its ends', () => {
      const orgs = lane('organization');
      expect(stepMark(marks, orgs[0].id, 'next')).toBe(orgs[1].id);
      expect(stepMark(marks, orgs[1].id, 'previous')).toBe(orgs[0].id);
      expect(stepMark(marks, orgs[0].id, 'previous')).toBe(orgs[0].id);
      expect(stepMark(marks, orgs[0].id, 'last')).toBe(orgs[orgs.length - 1].id);
      expect(stepMark(marks, orgs[orgs.length - 1].id, 'first')).toBe(orgs[0].id);
    });

    it('moves up and down a row, across lanes, to the mark nearest in time', () => {
      const rows = [...new Set(marks.map((m) => m.y))].sort((a, b) => a - b);
      const top = marks.find((m) => m.y === rows[0])!;
      const below = marks.find((m) => m.id === stepMark(marks, top.id, 'down'))!;
      expect(below.y).toBe(rows[1]);
      expect(stepMark(marks, below.id, 'up')).toBe(
        marks
          .filter((m) => m.y === rows[0])
          .sort(
            (a, b) =>
              Math.max(0, a.x - below.x, below.x - a.xEnd) -
              Math.max(0, b.x - below.x, below.x - b.xEnd),
          )[0].id,
      );
      // From the last organization row, down goes into the instruments lane.
      const lastOrgRow = Math.max(...lane('organization').map((m) => m.y));
      const fromLastRow = marks.find((m) => m.y === lastOrgRow)!;
      expect(marks.find((m) => m.id === stepMark(marks, fromLastRow.id, 'down'))!.lane).toBe(
        'instrument',
      );
      const bottom = marks.find((m) => m.y === rows[rows.length - 1])!;
      expect(stepMark(marks, bottom.id, 'down')).toBe(bottom.id);
    });
  });

  it('starts playback where the record thickens, not at the oldest body', () => {
    const years = d.nodes
      .filter((n) => n.type !== 'state' && n.start)
      .map((n) => Number(n.start!.slice(0, 4)))
      .sort((a, b) => a - b);
    const start = playbackStartYear(d.nodes)!;
    expect(start).toBeGreaterThan(years[0]);
    expect(years.filter((y) => y < start).length).toBeLessThanOrEqual(years.length * 0.1);
    expect(playbackStartYear(d.nodes, 0)).toBe(years[0]);
    expect(playbackStartYear([])).toBeNull();
  });
});

describe('packTimeline and positionTimeline', () => {
  const extent = timelineExtent(d.nodes, now);
  const packed = packTimeline(d.nodes, { ...options, extent });

  it('a zoom step moves marks in time but keeps every lane and row', () => {
    const span = extent[1].getTime() - extent[0].getTime();
    const zoomed = positionTimeline(packed, [
      new Date(extent[0].getTime() + span * 0.6),
      new Date(extent[1].getTime()),
    ]);
    const whole = positionTimeline(packed);
    expect(zoomed.lanes).toBe(whole.lanes);
    for (const m of zoomed.marks) {
      const before = whole.marks.find((w) => w.id === m.id)!;
      expect([m.lane, m.row, m.y]).toEqual([before.lane, before.row, before.y]);
    }
    // Zoomed in on the recent part, an early mark lies off the plot's left edge.
    expect(zoomed.marks.find((m) => m.id === 'un')!.x).toBeLessThan(zoomed.frame.plotLeft);
    expect(whole.marks.find((m) => m.id === 'un')!.x).toBeGreaterThanOrEqual(whole.frame.plotLeft);
  });

  it('gives the same layout as laying out in one step, labels never overlapping', () => {
    const oneStep = layoutTimeline(d.nodes, { ...options, extent });
    const twoSteps = positionTimeline(packed);
    expect(twoSteps.marks).toEqual(oneStep.marks);
    const boxes = visibleLabelBoxes(twoSteps.marks);
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
  });
});
