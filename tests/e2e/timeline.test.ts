import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filterGraph, NO_FILTERS, sliceByTime } from '../../src/model';
import { bundledDataset, openApp, screenshot, useAppSuite, waitForMark } from './harness';

const dataset = bundledDataset();

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
});
