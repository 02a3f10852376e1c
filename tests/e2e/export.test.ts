import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, openApp, screenshot, useAppSuite, waitForMark } from './harness';

async function exportFile(page: Page, button: string, download: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: download }).click(),
  ]);
  const path = join(artifacts, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Fraction of pixels that differ from the corner pixel: 0 for a blank image. */
async function inkRatio(page: Page, pngPath: string) {
  const data = readFileSync(pngPath).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4)
      if (Math.abs(px[i] - px[0]) + Math.abs(px[i + 1] - px[1]) + Math.abs(px[i + 2] - px[2]) > 30)
        ink++;
    return ink / (px.length / 4);
  }, data);
}

describe('export', () => {
  const suite = useAppSuite();

  it('exports the filtered network as a standalone SVG that matches the screen', async () => {
    const { page } = await openApp(
      suite.browser,
      `${suite.url}?region=europe&function=cybercrime,regulation`,
    );
    await waitForMark(page, 'graph:layout-settled');
    const onScreen = (
      await page.$$eval('svg.network-svg [data-node-id]', (els) =>
        els.map((e) => e.getAttribute('data-node-id')),
      )
    ).sort();
    const edgesOnScreen = await page.locator('svg.network-svg [data-edge-id]').count();
    const path = await exportFile(page, 'Export SVG', 'Download SVG');
    const svg = readFileSync(path, 'utf8');
    assert.match(
      svg,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    assert.match(svg, /viewBox="0 0 1920 1080"/);
    assert.doesNotMatch(svg, /foreignObject|<image|@import|href="http/);

    // Open the file on its own and read it back.
    const view = await suite.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await view.goto(`file://${path}`);
    const exported = (
      await view.$$eval('[data-node-id]', (els) => els.map((e) => e.getAttribute('data-node-id')))
    ).sort();
    assert.deepEqual(exported, onScreen);
    assert.equal(await view.locator('[data-edge-id]').count(), edgesOnScreen);
    assert.ok((await view.locator('#legend text').count()) > 3, 'legend');
    assert.match(
      (await view.locator('#footer').textContent()) ?? '',
      /Cyber Cooperation Atlas.*Exported \d{4}-\d{2}-\d{2}/s,
    );
    assert.match((await view.locator('#footer').textContent()) ?? '', /region: Europe/);
    await view.screenshot({ path: join(artifacts, 'export-svg-in-chromium.png') });
    assert.ok((await inkRatio(page, join(artifacts, 'export-svg-in-chromium.png'))) > 0.01);
    await view.close();

    // librsvg, the renderer behind many desktop tools, draws it too.
    const png = join(artifacts, 'export-rsvg.png');
    execFileSync('rsvg-convert', ['-o', png, path]);
    assert.ok((await inkRatio(page, png)) > 0.01, 'rsvg rendering is not blank');
    await screenshot(page, 'export-screen');
    await page.context().close();
  });

  it('exports PNG and the data', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?region=africa`);
    await waitForMark(page, 'graph:layout-settled');
    const png = await exportFile(page, 'Export PNG', 'Download PNG');
    assert.ok((await inkRatio(page, png)) > 0.01);
    const json = JSON.parse(
      readFileSync(await exportFile(page, 'Export data', 'Download JSON'), 'utf8'),
    );
    const onScreen = (
      await page.$$eval('svg.network-svg [data-node-id]', (els) =>
        els.map((e) => e.getAttribute('data-node-id')),
      )
    ).sort();
    assert.deepEqual(json.nodes.map((n: { id: string }) => n.id).sort(), onScreen);
    assert.equal(json.schemaVersion, 1);
    const zip = readFileSync(await exportFile(page, 'Export data', 'Download CSV'));
    assert.equal(zip.subarray(0, 2).toString(), 'PK');
    await page.context().close();
  });
});
