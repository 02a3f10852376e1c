import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { compareStates, filterGraph, NO_FILTERS, visibleGraph } from '../../src/model';
import { isOnTimeline } from '../../src/layout/timeline';
import { layoutFrame } from '../../src/render/ExportFrame';
import {
  artifacts,
  bundledDataset,
  openApp,
  screenshot,
  useAppSuite,
  waitForMark,
} from './harness';
import { compare, crop, enlarge, readPng, shrink, writePng } from './pixels';
import { axisX } from './timelineAxis';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

async function exportFile(
  page: Page,
  button: string,
  download: string,
  choose?: (dialog: Locator) => Promise<void>,
) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await choose?.(dialog);
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

/** The size of the drawing on screen, no legend, no title: the file should look like the view. */
async function asOnScreen(dialog: Locator) {
  await dialog.getByLabel('Size').selectOption('screen');
  await dialog.getByLabel('Framing').selectOption('screen');
  await dialog.getByLabel('Title').fill('');
  await dialog.getByLabel('Include the legend').uncheck();
}

const svgSize = (svg: string) => {
  const m = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
  return { width: Number(m[1]), height: Number(m[2]) };
};

/**
 * Screenshot the view's drawing, export it "as on screen", open the file on its own in
 * Chromium at its size, and compare the two. The export frames the drawing with a margin and a
 * footer and scales it to fit, so the drawing's place in the file is cut out first; both are
 * then shrunk to the same small size, which evens out the sub-pixel differences of scaled text.
 */
async function compareExportWithScreen(
  browser: Browser,
  page: Page,
  drawing: string,
  name: string,
  choose: (dialog: Locator) => Promise<void> = asOnScreen,
) {
  // The legend and status line float over the network in the app; the file has neither.
  await page.addStyleTag({
    content: '.stage .overlay, .stage .status-line { visibility: hidden !important; }',
  });
  await page.mouse.move(0, 0);
  const screenPath = join(artifacts, `${name}-screen.png`);
  const element = page.locator(drawing);
  await element.screenshot({ path: screenPath });
  const box = (await element.boundingBox())!;
  const path = await exportFile(page, 'Export SVG', 'Download SVG', choose);
  const svg = readFileSync(path, 'utf8');
  const size = svgSize(svg);
  assert.deepEqual(size, { width: Math.round(box.width), height: Math.round(box.height) });

  const view = await browser.newPage({ viewport: size });
  await view.goto(`file://${path}`);
  const exportPath = join(artifacts, `${name}-export.png`);
  await view.screenshot({ path: exportPath });
  const footerLines = await view.locator('#footer text').count();
  await view.close();

  const { plot } = layoutFrame(
    size.width,
    size.height,
    { title: '', caption: '', footer: new Array<string>(footerLines).fill('') },
    null,
  );
  const scale = Math.min(plot.width / size.width, plot.height / size.height);
  const screen = readPng(screenPath);
  const exported = crop(
    readPng(exportPath),
    plot.x,
    plot.y,
    size.width * scale,
    size.height * scale,
  );
  const width = 240;
  const height = Math.round((width * screen.height) / screen.width);
  const result = compare(shrink(screen, width, height), shrink(exported, width, height));
  writePng(shrink(screen, width, height), join(artifacts, `${name}-screen-small.png`));
  writePng(shrink(exported, width, height), join(artifacts, `${name}-export-small.png`));
  writePng(enlarge(result.diff, 3), join(artifacts, `${name}-diff.png`));
  return { ...result, svg, path };
}

describe('export', () => {
  const suite = useAppSuite();
  const dataset = bundledDataset();

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
    assert.equal(json.schemaVersion, 2);
    const zip = readFileSync(await exportFile(page, 'Export data', 'Download CSV'));
    assert.equal(zip.subarray(0, 2).toString(), 'PK');
    await page.context().close();
  });

  it('exports the network as on screen: the file looks like the view', async () => {
    const { page } = await openApp(
      suite.browser,
      `${suite.url}?region=europe&function=cybercrime,regulation`,
    );
    await waitForMark(page, 'graph:layout-settled');
    const result = await compareExportWithScreen(
      suite.browser,
      page,
      'svg.network-svg',
      'compare-network',
    );
    console.log(
      `network: mean difference ${result.meanDifference.toFixed(2)} per channel, ${(result.alike * 100).toFixed(1)}% of pixels alike`,
    );
    // A blank page scores about 6 and 94% here: labels chosen for the export's scale differ a little.
    assert.ok(result.meanDifference < 3, `mean difference ${result.meanDifference}`);
    assert.ok(result.alike > 0.97, `alike ${result.alike}`);
    await page.context().close();
  });

  it('exports the timeline as shown: zoom, period, selection and filters, like the view', async () => {
    const { page, errors } = await openApp(
      suite.browser,
      `${suite.url}?view=timeline&region=europe,global&from=1998&to=2009&focus=budapest-convention`,
    );
    await waitForMark(page, 'timeline:first-render');
    // Zoom in with the wheel around 2003, so the period and the 2000s fill the view.
    const lanes = (await page.locator('.timeline-plot').boundingBox())!;
    await page.mouse.move(await axisX(page, 2003), lanes.y + lanes.height / 2);
    for (let i = 0; i < 2; i++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(200);
    }
    await page.waitForTimeout(300);
    const onScreen = (
      await page.$$eval('svg.timeline-svg .mark[data-node-id]', (els) =>
        els.map((e) => e.getAttribute('data-node-id')!),
      )
    ).sort();
    const expected = filterGraph(dataset, { ...NO_FILTERS, regions: ['europe', 'global'] })
      .nodes.filter(isOnTimeline)
      .map((n) => n.id)
      .sort();
    assert.deepEqual(onScreen, expected);
    const ticksOnScreen = await page.$$eval('svg.timeline-svg .axis .tick text', (els) =>
      els.map((e) => e.textContent),
    );

    const result = await compareExportWithScreen(
      suite.browser,
      page,
      'svg.timeline-svg',
      'compare-timeline',
    );
    console.log(
      `timeline: mean difference ${result.meanDifference.toFixed(2)} per channel, ${(result.alike * 100).toFixed(1)}% of pixels alike`,
    );
    // The same layout, only scaled: the drawing shifted by a year and a half already scores 1.5.
    assert.ok(result.meanDifference < 1.2, `mean difference ${result.meanDifference}`);
    assert.ok(result.alike > 0.99, `alike ${result.alike}`);

    // The file itself: standalone, with the same marks, ticks, period and selection.
    const { svg, path } = result;
    assert.match(
      svg,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    assert.doesNotMatch(svg, /foreignObject|<image|@import|href="http|tabindex/);
    const view = await suite.browser.newPage({ viewport: svgSize(svg) });
    await view.goto(`file://${path}`);
    assert.deepEqual(
      (
        await view.$$eval('.mark[data-node-id]', (els) =>
          els.map((e) => e.getAttribute('data-node-id')!),
        )
      ).sort(),
      onScreen,
    );
    assert.deepEqual(
      await view.$$eval('.axis .tick text', (els) => els.map((e) => e.textContent)),
      ticksOnScreen,
    );
    assert.equal(await view.locator('.period-band').count(), 1);
    assert.equal(
      await view.locator('.mark.is-selected[data-node-id="budapest-convention"]').count(),
      1,
    );
    assert.match(
      (await view.locator('#footer').textContent()) ?? '',
      /region: Europe or Global.*period: 1998 to 2009.*Exported \d{4}-\d{2}-\d{2}/s,
    );
    await view.close();

    // librsvg draws it too.
    const png = join(artifacts, 'export-timeline-rsvg.png');
    execFileSync('rsvg-convert', ['-o', png, path]);
    assert.ok((await inkRatio(page, png)) > 0.02, 'rsvg rendering is not blank');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('exports the timeline with a legend, as a PNG at 2×', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?view=timeline`);
    await waitForMark(page, 'timeline:first-render');
    const path = await exportFile(page, 'Export PNG', 'Download PNG', async (dialog) => {
      await dialog.getByLabel('Size').selectOption('a4-landscape');
      await dialog.getByLabel('Resolution').selectOption('2');
    });
    assert.match(path, /timeline.*@2x\.png$/);
    const image = readPng(path);
    assert.deepEqual([image.width, image.height], [2 * 1123, 2 * 794]);
    assert.ok((await inkRatio(page, path)) > 0.05, 'not blank');
    // The legend sits in the top right corner: some of it is ink.
    const corner = crop(image, image.width - 2 * 320, 2 * 60, 2 * 280, 2 * 120);
    let ink = 0;
    for (let i = 0; i < corner.data.length; i += 4) if (corner.data[i] < 200) ink++;
    assert.ok(ink > 100, 'a legend in the corner');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('asks which drawing to export in split view', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?view=split`);
    await waitForMark(page, 'graph:first-render');
    await waitForMark(page, 'timeline:first-render');
    const path = await exportFile(page, 'Export SVG', 'Download SVG', async (dialog) => {
      assert.equal(await dialog.getByLabel('Drawing').inputValue(), 'network');
      await dialog.getByLabel('Drawing').selectOption('timeline');
      assert.equal(
        await dialog.getByLabel('Framing').locator('option[value="screen"]').textContent(),
        'As on screen',
      );
    });
    const svg = readFileSync(path, 'utf8');
    assert.ok(svg.includes('class="mark mark--bar'), 'the timeline');
    assert.ok(!svg.includes('data-edge-id'), 'not the network');
    await page.context().close();
  });

  it('exports the data of the timeline view: what its filters let through, not an older network', async () => {
    // The network is seen first, then filtered in the timeline view: its data must not be used.
    const { page } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await waitForMark(page, 'timeline:first-render');
    await page.getByRole('checkbox', { name: /Oceania/ }).check();
    await page.waitForFunction(() => location.search.includes('region=oceania'));
    const json = JSON.parse(
      readFileSync(await exportFile(page, 'Export data', 'Download JSON'), 'utf8'),
    );
    const expected = visibleGraph(dataset, {
      filters: { ...NO_FILTERS, regions: ['oceania'] },
      range: { from: null, to: null },
      focus: null,
      hops: null,
    });
    assert.ok(expected.nodes.length > 2);
    assert.deepEqual(
      json.nodes.map((n: { id: string }) => n.id).sort(),
      expected.nodes.map((n) => n.id).sort(),
    );
    assert.equal(json.edges.length, expected.edges.length);
    await page.context().close();
  });

  it('compares states from a link, and exports the comparison as CSV and as an SVG librsvg draws', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?compare=KAZ,UZB,KGZ`);

    const expected = compareStates(bundledDataset(), ['KAZ', 'UZB', 'KGZ']);
    const table = page.getByRole('table');
    await table.waitFor();
    // The header names the three states; each body is a row, each cell as computed.
    assert.deepEqual(
      (await table.locator('thead th.state-col').allInnerTexts()).map((s) => s.trim()),
      ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan'],
    );
    assert.equal(await table.locator('tbody th[scope=row]').count(), expected.rows.length);
    const un = expected.rows.find((r) => r.body.id === 'un')!;
    const unRow = table.locator('tbody tr', {
      has: page.getByRole('button', { name: 'UN', exact: true }),
    });
    assert.match(await unRow.innerText(), new RegExp(`${un.shared}/3`));
    // Adding a state by keyboard changes the link.
    await page.getByLabel('Add a state').selectOption('TJK');
    await page.waitForFunction(() => location.search.includes('compare=KAZ,UZB,KGZ,TJK'));
    await page.getByRole('button', { name: 'Remove Tajikistan' }).click();
    await page.waitForFunction(() => location.search === '?compare=KAZ,UZB,KGZ');
    await screenshot(page, 'compare-view');

    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csvPath = join(artifacts, 'compare.csv');
    await csvFile.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8').split(/\r?\n/);
    assert.equal(csv.length, expected.rows.length + 1);
    assert.match(csv[0], /Kazakhstan,Uzbekistan,Kyrgyzstan/);

    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgPath = join(artifacts, 'compare.svg');
    await svgFile.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    for (const r of expected.rows) assert.ok(svg.includes(escapeXml(r.body.name)), r.body.name);
    const view = await page.context().newPage();
    await view.goto(`file://${svgPath}`);
    await view.screenshot({ path: join(artifacts, 'compare-svg-in-chromium.png') });
    assert.ok((await inkRatio(page, join(artifacts, 'compare-svg-in-chromium.png'))) > 0.01);
    await view.close();
    const png = join(artifacts, 'compare-rsvg.png');
    execFileSync('rsvg-convert', ['-o', png, svgPath]);
    assert.ok((await inkRatio(page, png)) > 0.01, 'rsvg rendering is not blank');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
