import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseDataset, type Dataset } from '../../src/domain';
import { filterGraph, NO_FILTERS } from '../../src/model';
import { csvZip } from '../../src/export/data';
import { bundledDataset, openApp, root, screenshot, useAppSuite, waitForMark } from './harness';

const fixture = (path: string) => join(root, 'tests/fixtures', path);
const bundled = bundledDataset();
const small: Dataset = (() => {
  const parsed = parseDataset(JSON.parse(readFileSync(fixture('small.json'), 'utf8')));
  if (!parsed.ok) throw new Error('tests/fixtures/small.json is invalid');
  return parsed.dataset;
})();

/** What the network should show of a dataset with no filters on, as ids and as the status says it. */
function expected(dataset: Dataset) {
  const ids = filterGraph(dataset, NO_FILTERS)
    .nodes.map((n) => n.id)
    .sort();
  return { ids, status: `Showing ${ids.length} of ${dataset.nodes.length} nodes` };
}

const nodesOnScreen = async (page: Page) =>
  (
    await page.$$eval('.network-view [data-node-id]', (els) =>
      els.map((e) => e.getAttribute('data-node-id')!),
    )
  ).sort();

/** Wait until the network shows exactly these nodes and the status line agrees. */
async function waitForNetwork(page: Page, dataset: Dataset) {
  const { ids, status } = expected(dataset);
  await page
    .waitForFunction(
      ([want, text]) => {
        const got = [...document.querySelectorAll('.network-view [data-node-id]')]
          .map((e) => e.getAttribute('data-node-id'))
          .sort();
        const line = document.querySelector('.status-line')?.textContent ?? '';
        return line.includes(text) && got.join(' ') === want;
      },
      [ids.join(' '), status] as const,
      { timeout: 30000 },
    )
    // On a timeout, say what is on screen instead.
    .catch(() => undefined);
  assert.deepEqual(await nodesOnScreen(page), ids);
  assert.match(await page.locator('.status-line').first().innerText(), new RegExp(status));
}

/** Wait for the layout to come to rest: no node moves between two looks a moment apart. */
async function waitForStill(page: Page) {
  const look = () =>
    page.$$eval('.network-view [data-node-id]', (els) =>
      els.map((e) => e.getAttribute('transform') ?? e.getAttribute('cx')).join('|'),
    );
  let before = await look();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await look();
    if (now === before) return;
    before = now;
  }
}

/**
 * Drag files over the page as a user dragging them from the desktop would, and drop them unless
 * asked to hold them over the window. Returns the drop target's text.
 */
async function dropFiles(page: Page, files: { name: string; text: string }[], hold = false) {
  const transfer = await page.evaluateHandle((files) => {
    const dataTransfer = new DataTransfer();
    for (const f of files) dataTransfer.items.add(new File([f.text], f.name));
    return dataTransfer;
  }, files);
  const fire = (type: string, selector: string) =>
    page.evaluate(
      ([type, selector, dataTransfer]) =>
        document
          .querySelector(selector)!
          .dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true })),
      [type, selector, transfer] as const,
    );
  await fire('dragenter', '.network-view');
  const overlay = page.locator('.drop-overlay');
  await overlay.waitFor();
  const text = await overlay.innerText();
  if (!hold) {
    await fire('dragover', '.drop-overlay');
    await fire('drop', '.drop-overlay');
  }
  return text;
}

const read = (path: string) => ({
  name: path.split('/').pop()!,
  text: readFileSync(fixture(path), 'utf8'),
});

describe('opening a dataset file', () => {
  const suite = useAppSuite({ '/fixtures/small.json': fixture('small.json') });

  /** Open the broken fixture and check its problems are listed over the unchanged network. */
  async function refuseBrokenJson(page: Page, shown: Dataset, described: RegExp) {
    await page
      .getByLabel('Dataset file')
      .setInputFiles(fixture('broken/dangling-and-duplicate.json'));
    const dialog = page.getByRole('dialog', {
      name: '“dangling-and-duplicate.json” could not be opened',
    });
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, /3 problems were found/);
    assert.match(text, /edges\[0\]\.target: unknown node id "enisa2"/);
    assert.match(text, /nodes\[1\]\.id: duplicate id "enisa" \(also used by nodes\[0\]\)/);
    assert.match(text, /nodes\[2\]\.name: missing name/);
    assert.match(text, described);
    // The network behind is the one from before, untouched.
    const { ids, status } = expected(shown);
    assert.deepEqual(await nodesOnScreen(page), ids);
    assert.match(await page.locator('.status-line').first().innerText(), new RegExp(status));
    assert.ok(await page.locator('.network-view').isVisible());
    return dialog;
  }

  it('opens a JSON file; a broken file is refused over the network it leaves in place; Back restores the bundled dataset', async () => {
    const { page, errors } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:layout-settled');
    await waitForNetwork(page, bundled);
    const bar = page.getByRole('region', { name: 'Dataset shown' });
    assert.equal(await bar.count(), 0);

    let dialog = await refuseBrokenJson(
      page,
      bundled,
      /Nothing was changed: the atlas still shows the bundled dataset\./,
    );
    assert.equal(await bar.count(), 0);
    await screenshot(page, 'open-broken-over-network');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByLabel('Dataset file').setInputFiles(fixture('small.json'));
    await waitForNetwork(page, small);
    assert.match(
      await bar.innerText(),
      new RegExp(
        `Showing your file “small.json” \\(${small.nodes.length} nodes, ${small.edges.length} ties\\)`,
      ),
    );
    assert.doesNotMatch(page.url(), /data=/);
    await waitForStill(page);
    await screenshot(page, 'open-small-json');

    dialog = await refuseBrokenJson(
      page,
      small,
      /Nothing was changed: the atlas still shows your file “small\.json”\./,
    );
    assert.match(await bar.innerText(), /small\.json/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await bar.getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await waitForNetwork(page, bundled);
    assert.equal(await bar.count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('opens a CSV pair chosen together and the zip that "Export data" writes; a broken pair names table, row and column', async () => {
    const { page, errors } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');
    const input = page.getByLabel('Dataset file');

    await input.setInputFiles([fixture('csv/nodes.csv'), fixture('csv/edges.csv')]);
    await waitForNetwork(page, small);
    const bar = page.getByRole('region', { name: 'Dataset shown' });
    assert.match(await bar.innerText(), /Showing your file “nodes\.csv \+ edges\.csv”/);

    await input.setInputFiles([fixture('broken/csv/nodes.csv'), fixture('broken/csv/edges.csv')]);
    const dialog = page.getByRole('dialog', { name: /could not be opened/ });
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, /nodes\.csv row 4, kind: unknown value "agncy" for kind/);
    assert.match(text, /nodes\.csv row 5, regions: unknown value "europ" for regions/);
    assert.match(
      text,
      /nodes\.csv row 5, sources: source 1 "EUR-Lex" does not end with a web address/,
    );
    assert.match(text, /edges\.csv row 4, target: unknown node id "enisa2"/);
    assert.deepEqual(await nodesOnScreen(page), expected(small).ids);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The zip of the whole bundled dataset, exactly as the export writes it.
    await input.setInputFiles({
      name: 'cyber-cooperation-atlas-csv.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(csvZip(bundled)),
    });
    await waitForNetwork(page, bundled);
    assert.match(await bar.innerText(), /Showing your file “cyber-cooperation-atlas-csv\.zip”/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('writes the problems of a refused file in the interface’s language, in the worker too', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?lang=ru`);
    await waitForMark(page, 'graph:first-render');
    await page
      .locator('input[type=file]')
      .setInputFiles([fixture('broken/csv/nodes.csv'), fixture('broken/csv/edges.csv')]);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, /nodes\.csv строка 4, kind: неизвестное значение "agncy" для kind/);
    assert.match(text, /edges\.csv строка 4, target: неизвестный id узла "enisa2"/);
    assert.doesNotMatch(text, /unknown|row \d/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows a drop target while files are dragged over the window and opens what is dropped', async () => {
    const { page, errors } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');

    const overlayText = await dropFiles(page, [read('small.json')], true);
    assert.match(overlayText, /Drop to open your dataset/);
    assert.ok(await page.locator('.drop-overlay').isVisible());
    await screenshot(page, 'open-drop-target');
    await page.evaluate(() =>
      document
        .querySelector('.drop-overlay')!
        .dispatchEvent(
          new DragEvent('dragleave', { bubbles: true, dataTransfer: new DataTransfer() }),
        ),
    );
    await page.locator('.drop-overlay').waitFor({ state: 'detached' });

    await dropFiles(page, [read('small.json')]);
    await waitForNetwork(page, small);
    assert.equal(await page.locator('.drop-overlay').count(), 0);

    await dropFiles(page, [read('csv/edges.csv'), read('csv/nodes.csv')]);
    await page
      .getByRole('region', { name: 'Dataset shown' })
      .getByText('Showing your file “edges.csv + nodes.csv”')
      .waitFor();
    await waitForNetwork(page, small);

    await dropFiles(page, [read('csv/nodes.csv')]);
    const dialog = page.getByRole('dialog', { name: /could not be opened/ });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /needs its partner table/);
    assert.deepEqual(await nodesOnScreen(page), expected(small).ids);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('offers the way back from a linked dataset too, and a file replaces the link in the address', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?data=/fixtures/small.json`);
    await waitForNetwork(page, small);
    const bar = page.getByRole('region', { name: 'Dataset shown' });
    assert.match(await bar.innerText(), /Showing the dataset at “\/fixtures\/small\.json”/);
    await page.getByLabel('Dataset file').setInputFiles(fixture('small.json'));
    await bar.getByText('Showing your file “small.json”').waitFor();
    assert.doesNotMatch(page.url(), /data=/);
    await bar.getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await waitForNetwork(page, bundled);
    await page.context().close();
  });
});
