import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { endOfDate, startOfDate, type DataEdge } from '../../src/domain';
import { NO_FILTERS, typeAsOf, undatedCount, visibleGraph } from '../../src/model';
import { PALETTES } from '../../src/theme/tokens';
import { bundledDataset, openApp, screenshot, useAppSuite, waitForMark } from './harness';

const dataset = bundledDataset();
const dayOf = (e: DataEdge, stage: string) =>
  e.stages?.find((s) => s.stage === stage && s.date?.length === 10)?.date;

/** A state's tie to the Budapest Convention with signature and entry into force known to the day, years apart. */
const tie = dataset.edges.find(
  (e) =>
    e.target === 'budapest-convention' &&
    e.type === 'party-to' &&
    dayOf(e, 'signature') &&
    dayOf(e, 'in-force') &&
    dayOf(e, 'in-force')!.slice(0, 4) > dayOf(e, 'signature')!.slice(0, 4),
)!;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Go to a date the way Back and Forward do, without reloading: the store follows the address. */
async function asOf(page: Page, to: string, extra = '') {
  await page.evaluate(
    ([search]) => {
      history.pushState(null, '', search);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    [`?states=1&focus=${tie.source}&hops=1&to=${to}${extra}`],
  );
  await page.waitForFunction(
    (t) => document.querySelector('.status-line')?.textContent?.includes(`to ${t}`),
    to,
  );
}

const edgeClass = (page: Page) =>
  page.evaluate(
    (id) =>
      document
        .querySelector(`svg.network-svg [data-edge-id="${CSS.escape(id)}"]`)
        ?.getAttribute('class') ?? null,
    tie.id,
  );

describe('the network "as of" a date', () => {
  const suite = useAppSuite();

  it('draws a state as a signatory from its signature and as a party from entry into force for it, day by day', async () => {
    assert.ok(tie, 'the data has a Budapest party dated to the day');
    const signed = dayOf(tie, 'signature')!;
    const inForce = dayOf(tie, 'in-force')!;
    const { page, errors } = await openApp(
      suite.browser,
      `${suite.url}?states=1&focus=${tie.source}&hops=1&to=${signed}`,
    );
    await waitForMark(page, 'graph:first-render');

    // Step through the year it came into force, month by month, and the days around each stage.
    const year = Number(inForce.slice(0, 4));
    const dates = [
      iso(startOfDate(signed) - DAY),
      signed,
      ...Array.from({ length: 12 }, (_, m) => iso(Date.UTC(year, m + 1, 0))),
      iso(startOfDate(inForce) - DAY),
      inForce,
    ].sort();
    const seen: string[] = [];
    for (const date of dates) {
      await asOf(page, date);
      const cls = await edgeClass(page);
      const before = startOfDate(date) < startOfDate(signed);
      const expected = before
        ? null
        : typeAsOf(tie, date, dataset.nodeById.get('budapest-convention')!.inForce!);
      seen.push(`${date}: ${cls ?? 'none'}`);
      if (expected === null) assert.equal(cls, null, `${date}: no tie before signature`);
      else assert.match(cls ?? '', new RegExp(`rel-${expected}`), `${date}: ${expected}`);
      // The rule itself, stated independently of the app's code:
      if (!before)
        assert.equal(
          expected,
          startOfDate(date) >= startOfDate(inForce) ? 'party-to' : 'signatory-of',
        );
      if (date === inForce) await screenshot(page, 'asof-party');
    }
    assert.ok(
      seen.some((s) => s.includes('rel-signatory-of')) &&
        seen.some((s) => s.includes('rel-party-to')),
      seen.join('\n'),
    );
    assert.ok(endOfDate(inForce) > startOfDate(signed));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('draws ties of unknown date in their own style, counts them, and hides them on request', async () => {
    const to = '2010';
    const expected = visibleGraph(dataset, {
      filters: { ...NO_FILTERS, states: true },
      range: { from: null, to },
      focus: null,
      hops: null,
    });
    const unknown = undatedCount(expected);
    assert.ok(unknown > 0, 'the bundled data still has ties of unknown date');
    const { page, errors } = await openApp(suite.browser, `${suite.url}?states=1&to=${to}`);
    await waitForMark(page, 'graph:first-render');
    await page.waitForSelector('svg.network-svg .edge--undated');
    assert.equal(await page.locator('svg.network-svg .edge--undated').count(), unknown);
    assert.equal(
      await page.locator('svg.network-svg [data-edge-id]').count(),
      expected.edges.length,
    );
    assert.match(
      (await page.getByTestId('undated-count').textContent()) ?? '',
      new RegExp(`${unknown} of unknown date`),
    );
    // Their own colour, and a legend entry that says what they are.
    const stroke = await page
      .locator('svg.network-svg .edge--undated')
      .first()
      .evaluate((e) => getComputedStyle(e).stroke);
    const hex = PALETTES.light.undated;
    const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    assert.equal(stroke, rgb);
    assert.match((await page.locator('.legend-panel').textContent()) ?? '', /Tie of unknown date/);
    await screenshot(page, 'asof-undated');

    // The switch hides them; the address says so.
    await page.getByRole('switch', { name: /ties of unknown date/ }).click();
    await page.waitForFunction(() => location.search.includes('undated=hide'));
    // The drawing follows the switch one deferred render later.
    await page
      .waitForFunction(() => !document.querySelector('svg.network-svg .edge--undated'))
      .catch(() => undefined);
    assert.equal(await page.locator('svg.network-svg .edge--undated').count(), 0);
    assert.equal(
      await page.locator('svg.network-svg [data-edge-id]').count(),
      expected.edges.length - unknown,
    );
    assert.match((await page.locator('.status-line').textContent()) ?? '', /unknown date hidden/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
