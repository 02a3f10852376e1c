import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { filterGraph, NO_FILTERS, sliceByTime, visibleGraph } from '../../src/model';
import { bundledDataset, openApp, screenshot, useAppSuite, waitForMark } from './harness';
import { axisX } from './timelineAxis';

const dataset = bundledDataset();
const lastYear = new Date().getUTCFullYear();

const networkNodeIds = async (page: Page) =>
  (
    await page.$$eval('svg.network-svg [data-node-id]', (els) =>
      els.map((e) => e.getAttribute('data-node-id')!),
    )
  ).sort();

/** The part of the lanes that is on screen: under the axis and brush strip, above the bottom. */
async function visibleLanes(page: Page) {
  return page.evaluate(() => {
    const plot = document.querySelector('.timeline-plot')!.getBoundingClientRect();
    const strip = document.querySelector('svg.timeline-svg .brush-strip')!.getBoundingClientRect();
    const svg = document.querySelector('svg.timeline-svg')!.getBoundingClientRect();
    return { top: strip.bottom, bottom: plot.bottom, left: svg.left, right: svg.right };
  });
}

describe('timeline', () => {
  const suite = useAppSuite();

  it('has a mark for every dated organization and instrument', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?view=timeline`);
    await waitForMark(page, 'timeline:first-render');
    const dated = dataset.nodes
      .filter((n) => n.type !== 'state' && n.start)
      .map((n) => n.id)
      .sort();
    const marks = (
      await page.$$eval('.mark[data-node-id]', (els) =>
        els.map((e) => e.getAttribute('data-node-id')!),
      )
    ).sort();
    assert.deepEqual([...new Set(marks)], dated);
    await screenshot(page, 'timeline');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows the network as it stood in 1998–2004, linked in split view', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?view=split&from=1998&to=2004`);
    await waitForMark(page, 'graph:first-render');
    await waitForMark(page, 'timeline:first-render');
    const expected = sliceByTime(filterGraph(dataset, NO_FILTERS), { from: '1998', to: '2004' })
      .nodes.map((n) => n.id)
      .sort();
    const onScreen = (
      await page.$$eval('svg.network-svg [data-node-id]', (els) =>
        els.map((e) => e.getAttribute('data-node-id')!),
      )
    ).sort();
    assert.deepEqual(onScreen, expected);
    assert.ok(!onScreen.includes('eu-cybersecurity-act'));
    assert.ok(onScreen.includes('budapest-convention'));
    // Clicking a mark selects the node in both views.
    await page.locator('.mark[data-node-id="budapest-convention"]').first().click();
    await page
      .getByRole('complementary', { name: /Details of Convention on Cybercrime/ })
      .waitFor();
    await screenshot(page, 'timeline-split-1998-2004');
    await page.getByRole('button', { name: 'Clear period' }).click();
    await page.waitForFunction(() => !location.search.includes('from='));
    await page.context().close();
  });

  it('picks a period by brushing the axis with the mouse; the network shows what sliceByTime returns', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?view=timeline`);
    await waitForMark(page, 'timeline:first-render');
    const strip = (await page.locator('svg.timeline-svg .brush-strip').boundingBox())!;
    const y = strip.y + strip.height / 2;
    const x0 = await axisX(page, 1995);
    const x1 = await axisX(page, 2008);
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, y, { steps: 5 });
    await page.mouse.move(x1, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=.*&to=|to=.*&from=/.test(location.search));
    const params = new URL(page.url()).searchParams;
    const from = params.get('from')!;
    const to = params.get('to')!;
    // The brush picks whole days; at this zoom a pixel is about two months.
    const daysFrom = (date: string, year: number) =>
      Math.abs(Date.parse(date) - Date.UTC(year, 0, 1)) / 86_400_000;
    assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(to, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(daysFrom(from, 1995) < 150, `from ${from}`);
    assert.ok(daysFrom(to, 2008) < 150, `to ${to}`);
    assert.ok(await page.getByRole('button', { name: 'Clear period' }).isEnabled());
    const marksOut = await page.locator('.mark.is-out').count();
    assert.ok(marksOut > 0, 'marks outside the period are drawn faint');
    await screenshot(page, 'timeline-brushed');

    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await waitForMark(page, 'graph:first-render');
    const expected = visibleGraph(dataset, {
      filters: NO_FILTERS,
      range: { from, to },
      focus: null,
      hops: null,
    })
      .nodes.map((n) => n.id)
      .sort();
    assert.deepEqual(
      expected,
      sliceByTime(filterGraph(dataset, NO_FILTERS), { from, to })
        .nodes.map((n) => n.id)
        .sort(),
    );
    assert.ok(expected.length > 20 && expected.length < 200, `${expected.length} nodes`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('svg.network-svg [data-node-id]').length === n,
      expected.length,
    );
    assert.deepEqual(await networkNodeIds(page), expected);
    assert.match(page.url(), new RegExp(`from=${from}&to=${to}|to=${to}&from=${from}`));
    await screenshot(page, 'timeline-brushed-split');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('plays "as of" to the end: the network grows year by year without jumping', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?view=split`);
    await waitForMark(page, 'graph:first-render');
    await waitForMark(page, 'timeline:first-render');
    const play = page.getByRole('button', { name: 'Play', exact: true });
    const started = Date.now();
    await play.click();
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();

    type Sample = { year: string; pressed: string; positions: Record<string, [number, number]> };
    const sample = () =>
      page.evaluate((): Sample => ({
        // The year the drawing shows: the status line follows the drawing, which follows the
        // player one deferred render later.
        year:
          /to (\d{4})/.exec(document.querySelector('.status-line')?.textContent ?? '')?.[1] ?? '',
        pressed: document.querySelector('.timeline-asof button')!.getAttribute('aria-pressed')!,
        positions: Object.fromEntries(
          [...document.querySelectorAll('svg.network-svg g[data-node-id]')].map((e) => {
            const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.getAttribute('transform')!)!;
            return [e.getAttribute('data-node-id')!, [Number(m[1]), Number(m[2])]];
          }),
        ),
      }));
    const samples: Sample[] = [];
    for (;;) {
      const s = await sample();
      // Until the drawing has reached the player's first year, it shows no period.
      if (s.year === '' && samples.length === 0 && s.pressed === 'true') {
        await page.waitForTimeout(50);
        continue;
      }
      samples.push(s);
      if (samples.length === 4) await screenshot(page, 'timeline-playing');
      if (s.pressed === 'false') break;
      assert.ok(Date.now() - started < 60_000, `still playing after a minute, at ${s.year}`);
      await page.waitForTimeout(600);
    }
    const elapsed = Date.now() - started;
    const last = samples[samples.length - 1];

    // It ran to the last year and came back to rest.
    assert.equal(last.year, String(lastYear));
    assert.equal(await play.getAttribute('aria-pressed'), 'false');
    assert.match(page.url(), new RegExp(`to=${lastYear}`));
    assert.ok(samples.length >= 8, `${samples.length} samples in ${elapsed} ms`);
    const years = samples.slice(0, -1).map((s) => Number(s.year));
    assert.ok(years[0] < 1990, `starts before the digital era, at ${years[0]}`);
    for (let i = 1; i < years.length; i++) assert.ok(years[i] >= years[i - 1], 'years go forward');

    // The network grows and never loses a node; at the end it is the whole "as of" graph.
    const counts = samples.map((s) => Object.keys(s.positions).length);
    for (let i = 1; i < samples.length; i++) {
      assert.ok(counts[i] >= counts[i - 1], `node count ${counts[i - 1]} → ${counts[i]}`);
      for (const id of Object.keys(samples[i - 1].positions))
        assert.ok(id in samples[i].positions, `${id} stays`);
    }
    assert.ok(counts[counts.length - 1] > counts[0] * 3, `grows from ${counts[0]}`);
    const expected = sliceByTime(filterGraph(dataset, NO_FILTERS), {
      from: null,
      to: `${lastYear}`,
    })
      .nodes.map((n) => n.id)
      .sort();
    assert.deepEqual(Object.keys(last.positions).sort(), expected);

    // Nodes already on screen keep their place as others arrive: between two samples (a couple
    // of years apart) most move a small part of the drawing's size, none jumps across it.
    // The first step is not growth: the whole network, at rest, gives way to its first year,
    // and those few nodes settle among themselves. Growth is measured from there on.
    for (let i = 2; i < samples.length; i++) {
      const before = samples[i - 1].positions;
      const after = samples[i].positions;
      const xs = Object.values(after).map((p) => p[0]);
      const ys = Object.values(after).map((p) => p[1]);
      const size = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const moves = Object.keys(before)
        .map((id) => Math.hypot(after[id][0] - before[id][0], after[id][1] - before[id][1]))
        .sort((a, b) => a - b);
      const median = moves[Math.floor(moves.length / 2)];
      const p90 = moves[Math.floor(moves.length * 0.9)];
      const note = `${samples[i - 1].year} → ${samples[i].year}: median ${median.toFixed(1)}, 90th percentile ${p90.toFixed(1)} of ${size.toFixed(0)}`;
      assert.ok(median < 0.1 * size, note);
      assert.ok(p90 < 0.2 * size, note);
    }
    await screenshot(page, 'timeline-played');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('reaches every mark by keyboard: one tab stop, arrow keys, Enter selects', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?view=timeline`);
    await waitForMark(page, 'timeline:first-render');
    assert.equal(await page.locator('.mark[tabindex="0"]').count(), 1);
    assert.equal(
      await page.locator('.mark[tabindex="-1"]').count(),
      (await page.locator('.mark').count()) - 1,
    );
    await page.getByRole('region', { name: 'Timeline', exact: true }).focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement!;
        return {
          id: e.getAttribute('data-node-id'),
          role: e.getAttribute('role'),
          name: e.getAttribute('aria-label'),
          ring: getComputedStyle(e.querySelector('.mark-shape')!).strokeWidth,
        };
      });
    const first = await focused();
    // The earliest mark of the first lane (organizations).
    const earliest = dataset.nodes
      .filter((n) => n.type === 'organization' && n.start)
      .sort((a, b) => a.start!.localeCompare(b.start!))[0];
    assert.equal(first.id, earliest.id);
    assert.equal(first.role, 'button');
    // The words on screen first (its short name), then the full name and the year.
    assert.equal(
      first.name,
      `${earliest.shortName ? `${earliest.shortName} — ` : ''}${earliest.name}, ${earliest.start!.slice(0, 4)}`,
    );
    assert.equal(first.ring, '3px', 'a visible focus ring');

    // Right: next in time in the lane; Down: the row below; Left comes back.
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    assert.notEqual(second.id, first.id);
    const xOf = (id: string) =>
      page
        .locator(`.mark[data-node-id="${id}"] .mark-shape`)
        .evaluate((e) => e.getBoundingClientRect().x);
    assert.ok((await xOf(second.id!)) >= (await xOf(first.id!)));
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused()).id, first.id);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await focused();
    const yOf = (id: string) =>
      page
        .locator(`.mark[data-node-id="${id}"] .mark-shape`)
        .evaluate((e) => e.getBoundingClientRect().y);
    assert.ok((await yOf(third.id!)) > (await yOf(first.id!)));
    assert.equal(await page.locator('.mark[tabindex="0"]').getAttribute('data-node-id'), third.id);
    await screenshot(page, 'timeline-keyboard-focus');

    // Enter selects, as a click does; Space too.
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.search.includes(`focus=${id}`), third.id);
    await page.getByRole('complementary', { name: /^Details of / }).waitFor();
    assert.ok(
      await page
        .locator(`.mark[data-node-id="${third.id}"]`)
        .evaluate((e) => e.classList.contains('is-selected')),
    );
    await page.locator(`.mark[data-node-id="${third.id}"]`).focus();
    await page.keyboard.press('End');
    const lastInLane = await focused();
    await page.keyboard.press(' ');
    await page.waitForFunction((id) => location.search.includes(`focus=${id}`), lastInLane.id);

    // Marks far below are reached too: the lanes scroll to show them.
    await page.keyboard.press('Home');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    const deep = await focused();
    const lanes = await visibleLanes(page);
    const box = (await page.locator(`.mark[data-node-id="${deep.id}"] .mark-shape`).boundingBox())!;
    assert.ok(box.y >= lanes.top && box.y + box.height <= lanes.bottom, `${deep.id} is on screen`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('brings a node chosen in search into view, zoomed in and scrolled, and highlights it', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?view=timeline`);
    await waitForMark(page, 'timeline:first-render');
    // Zoom in on the first half of the twentieth century: the 2010s are off to the right.
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(300);
    }
    const target = 'gfce'; // Global Forum on Cyber Expertise, 2015: far right and low in its lane
    const inView = async () => {
      const lanes = await visibleLanes(page);
      const b = (await page.locator(`.mark[data-node-id="${target}"] .mark-shape`).boundingBox())!;
      return (
        b.x >= lanes.left &&
        b.x <= lanes.right &&
        b.y >= lanes.top &&
        b.y + b.height <= lanes.bottom
      );
    };
    assert.equal(await inView(), false, 'off screen before the search');
    await page.keyboard.press('/');
    await page.keyboard.type('Global Forum on Cyber Expertise');
    await page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.search.includes(`focus=${id}`), target);
    await page.waitForFunction(
      (id) =>
        document.querySelector(`.mark[data-node-id="${id}"]`)?.classList.contains('is-selected'),
      target,
    );
    // Panning and smooth scrolling take a moment.
    const deadline = Date.now() + 5000;
    while (!(await inView()) && Date.now() < deadline) await page.waitForTimeout(100);
    assert.ok(await inView(), 'in view after the search');
    assert.equal(await page.locator(`.mark[data-node-id="${target}"] .selection-halo`).count(), 1);
    assert.equal(
      await page.locator(`.mark[data-node-id="${target}"] .mark-label`).textContent(),
      'GFCE',
    );
    await screenshot(page, 'timeline-search-centred');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
