import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateValidDataset } from '../../bench/generate';
import { artifacts, openApp, screenshot, useAppSuite, waitForMark } from './harness';

const LARGE = join(artifacts, 'graph-10000.json');

describe('a 10,000-node network', () => {
  const suite = useAppSuite({ '/large.json': LARGE });
  before(() => {
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(LARGE, JSON.stringify(generateValidDataset({ nodes: 10_000 })));
  });

  it('renders on a canvas, and hover, click and export still work', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?data=/large.json`);
    await waitForMark(page, 'graph:first-render', 60_000);
    const canvas = page.locator('canvas[data-renderer="canvas"]');
    await canvas.waitFor();
    assert.match((await canvas.getAttribute('aria-label')) ?? '', /10,000 nodes and 25,000 ties/);
    assert.equal(await page.locator('svg.network-svg').count(), 0, 'no SVG element per node');
    await waitForMark(page, 'graph:layout-settled', 90_000);
    await page.waitForTimeout(300);
    await screenshot(page, 'large-network');

    // The pixels are not blank: the canvas holds a drawing.
    const ink = await canvas.evaluate((c: HTMLCanvasElement) => {
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] + px[i + 1] + px[i + 2] < 600) n++;
      return n / (px.length / 4);
    });
    assert.ok(ink > 0.05, `canvas ink ${ink}`);

    // Find a node by search: the view centres on it, so it sits under the middle of the canvas.
    const search = page.getByRole('combobox', { name: /^Search/ });
    await search.fill('Synthetic organization 42 of');
    await search.press('Enter');
    await page.waitForFunction(() => location.search.includes('focus='));
    const focus = new URL(page.url()).searchParams.get('focus');
    assert.ok(focus);
    await page.waitForTimeout(900);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    await screenshot(page, 'large-network-hover');
    const name = await page.locator('.details h2').first().textContent();
    assert.equal(await tip.textContent(), name);

    // Clicking the background clears the selection; clicking the node selects it again.
    await page.mouse.click(box.x + 5, box.y + 5);
    await page.waitForFunction(() => !location.search.includes('focus='));
    // The details panel closes, the network widens and glides to keep the node in the middle.
    await page.waitForTimeout(900);
    const wide = (await canvas.boundingBox())!;
    await page.mouse.move(wide.x + wide.width / 2, wide.y + wide.height / 2);
    assert.equal(await tip.textContent(), name);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForFunction((id) => location.search.includes(`focus=${id}`), focus);

    // Pan and zoom move the drawing.
    const before = await canvas.screenshot();
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(400);
    assert.notDeepEqual(await canvas.screenshot(), before);

    // Export SVG: every node as an element of its own.
    await page.getByRole('button', { name: 'Export SVG', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const path = join(artifacts, 'large-network.svg');
    await file.saveAs(path);
    const svg = readFileSync(path, 'utf8');
    assert.equal(svg.match(/<g [^>]*data-node-id=/g)?.length, 10_000);
    assert.equal(svg.match(/data-edge-id=/g)?.length, 25_000);
    assert.deepEqual(errors, []);
  });
});
