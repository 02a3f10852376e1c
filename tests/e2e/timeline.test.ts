import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseDataset } from '../../src/domain';
import { filterGraph, NO_FILTERS, sliceByTime } from '../../src/model';
import { launch, openApp, root, screenshot, serve, waitForMark } from './harness';

const parsed = parseDataset(JSON.parse(readFileSync(join(root, 'data/network.json'), 'utf8')));
if (!parsed.ok) throw new Error('bundled dataset is invalid');
const dataset = parsed.dataset;

describe('timeline', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has a mark for every dated organization and instrument', async () => {
    const { page, errors } = await openApp(browser, `${server.url}?view=timeline`);
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
    const { page } = await openApp(browser, `${server.url}?view=split&from=1998&to=2004`);
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
});
