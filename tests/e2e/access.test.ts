import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { filterGraph, NO_FILTERS } from '../../src/model';
import { bundledDataset, openApp, screenshot, useAppSuite, waitForMark } from './harness';

const dataset = bundledDataset();

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.0–2.2 A and AA rules on the page as it is; every violation, named. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    return (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
      },
    })) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.length} × (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}

const settle = (page: Page) => page.waitForTimeout(400);

describe('for everyone', () => {
  const suite = useAppSuite();

  it('passes axe on every view, dialog and the phone layout, in every language', async () => {
    const cases: {
      name: string;
      query: string;
      width?: number;
      height?: number;
      act?: (p: Page) => Promise<void>;
    }[] = [
      { name: 'network', query: '' },
      { name: 'timeline', query: '?view=timeline' },
      { name: 'table', query: '?view=table&focus=enisa' },
      { name: 'split, details open', query: '?view=split&focus=enisa' },
      { name: 'states, period', query: '?states=1&to=2010&focus=budapest-convention' },
      {
        name: 'export dialog',
        query: '',
        act: async (p) => {
          await p.getByRole('button', { name: 'Export SVG' }).click();
          await p.getByRole('dialog').waitFor();
        },
      },
      { name: 'comparison', query: '?compare=KAZ,UZB,KGZ&focus=KAZ' },
      { name: 'matrix', query: '?view=matrix&region=africa&states=1&focus=au' },
      { name: 'state profile, measures', query: '?focus=KAZ&measures=1&colour=community' },
      {
        name: 'changes, treaty status',
        query: '?from=2015&to=2025&diff=1&focus=malabo-convention',
      },
      { name: 'Russian', query: '?lang=ru&focus=csto' },
      { name: 'Uzbek timeline', query: '?lang=uz&view=timeline' },
      { name: 'phone', query: '?focus=au', width: 390, height: 844 },
      {
        name: 'phone, filters and menu open',
        query: '',
        width: 390,
        height: 844,
        act: async (p) => {
          await p.getByRole('button', { name: 'Filters' }).click();
          await p.getByRole('button', { name: 'Done' }).waitFor();
        },
      },
    ];
    const found: string[] = [];
    for (const c of cases) {
      const { page, context } = await openApp(suite.browser, `${suite.url}${c.query}`, {
        width: c.width ?? 1440,
        height: c.height ?? 900,
      });
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('graph:first-render').length > 0 ||
          performance.getEntriesByName('timeline:first-render').length > 0 ||
          document.querySelector('.table-view tbody tr, .compare-table tbody tr, .matrix-cell') !==
            null,
      );
      await c.act?.(page);
      await settle(page);
      for (const v of await axeViolations(page)) found.push(`${c.name}: ${v}`);
      await context.close();
    }
    assert.deepEqual(found, []);
  });

  it('does everything by keyboard: search, read the details, find a path, export', async () => {
    const { page, context } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');
    // The skip link is the first stop and leads to the drawing.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    // "/" jumps to search; Enter picks the first match.
    await page.keyboard.press('/');
    await page.keyboard.type('INTERPOL');
    await page.getByRole('listbox', { name: 'Search results' }).waitFor();
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary');
    await details.getByRole('heading', { name: 'INTERPOL' }).waitFor();
    assert.match(
      await page.locator('.search [aria-live]').innerText(),
      /International Criminal Police/,
    );
    // Connect… from the details, the second end from search.
    await details.getByRole('button', { name: 'Connect…' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('/');
    await page.keyboard.type('EU Cybersecurity Act');
    await page.getByRole('listbox', { name: 'Search results' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.path-panel') !== null);
    assert.match(await page.locator('.path-panel').innerText(), /INTERPOL/);
    // Export SVG from the toolbar, the dialog's download button by keyboard.
    await page.getByRole('button', { name: 'Export SVG' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Download SVG' }).focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    assert.match((await download).suggestedFilename(), /\.svg$/);
    await context.close();
  });

  it('moves through the network with the arrow keys, announcing each node', async () => {
    const { page, context } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');
    const network = page.getByRole('application');
    await network.focus();
    await page.keyboard.press('ArrowRight');
    const live = network.locator('[aria-live]');
    await page.waitForFunction(
      () => (document.querySelector('.network-view [aria-live]')?.textContent ?? '') !== '',
    );
    const first = await live.innerText();
    assert.match(first, /\d+ ties?$/);
    // The focused node is lit on the highlight layer, as under the pointer.
    assert.equal(await page.locator('[data-highlight="on"]').count(), 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      (before) => document.querySelector('.network-view [aria-live]')?.textContent !== before,
      first,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('complementary').waitFor();
    // Zoom by keyboard moves the drawing.
    const before = await page.locator('svg.network-svg .viewport').getAttribute('transform');
    await network.focus();
    await page.keyboard.press('+');
    await page.waitForFunction(
      (b) => document.querySelector('svg.network-svg .viewport')?.getAttribute('transform') !== b,
      before,
    );
    await screenshot(page, 'keyboard-focus');
    await context.close();
  });

  it('speaks Russian and Uzbek, from the link, the switcher and memory, and finds across scripts', async () => {
    const { page, context } = await openApp(suite.browser, `${suite.url}?lang=ru`);
    await waitForMark(page, 'graph:first-render');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    await page.getByRole('button', { name: 'Сеть' }).waitFor();
    await page.getByRole('combobox', { name: /^Поиск/ }).fill('Интерпол');
    assert.match(
      await page.getByRole('listbox').getByRole('option').first().innerText(),
      /INTERPOL/,
    );
    await page.keyboard.press('Escape');
    await screenshot(page, 'language-ru');
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('uz');
    await page.getByRole('button', { name: 'Tarmoq' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'uz');
    // Remembered: a plain address opens in Uzbek.
    await page.goto(suite.url);
    await waitForMark(page, 'graph:first-render');
    await page.getByRole('button', { name: 'Tarmoq' }).waitFor();
    await page.getByRole('combobox', { name: /qidirish$/ }).fill('Oʻzbekiston');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.goto(`${suite.url}?lang=uz&view=split&region=asia`);
    await waitForMark(page, 'graph:first-render');
    await waitForMark(page, 'timeline:first-render');
    await screenshot(page, 'language-uz');
    await context.close();
  });

  it('lists the visible nodes and ties as sortable tables, linked to the selection', async () => {
    const { page, context } = await openApp(
      suite.browser,
      `${suite.url}?view=table&region=africa&function=cybercrime`,
    );
    const table = page.getByRole('table');
    await table.locator('tbody tr').first().waitFor();
    const expected = filterGraph(dataset, {
      ...NO_FILTERS,
      regions: ['africa'],
      functions: ['cybercrime'],
    }).nodes.length;
    assert.equal(await table.locator('tbody tr[aria-rowindex]').count(), expected);
    assert.equal(await table.getAttribute('aria-rowcount'), String(expected + 1));
    // Sort by ties, most first.
    const ties = page.getByRole('columnheader', { name: 'Ties' });
    await ties.getByRole('button').click();
    await ties.getByRole('button').click();
    assert.equal(await ties.getAttribute('aria-sort'), 'descending');
    const counts = await table
      .locator('tbody tr[aria-rowindex] td.num')
      .evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    // A name selects the node everywhere: the details open, the link carries it.
    await table.locator('tbody tr[aria-rowindex] th button').first().click();
    await page.getByRole('complementary').waitFor();
    await page.waitForFunction(() => location.search.includes('focus='));
    await page.getByRole('button', { name: 'Ties', exact: true }).first().click();
    await page.waitForFunction(
      () => document.querySelectorAll('.table-view tbody tr[aria-rowindex]').length > 0,
    );
    await screenshot(page, 'table');
    await context.close();
  });

  it('fits a phone: no sideways scrolling, filters in a drawer, details in a sheet', async () => {
    const { page, context } = await openApp(suite.browser, suite.url, { width: 390, height: 844 });
    await waitForMark(page, 'graph:first-render');
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok((await wide()) <= 390, `page is ${await wide()} px wide`);
    // The legend starts folded, leaving the drawing the room.
    await page.getByRole('button', { name: 'Show legend' }).waitFor();
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Africa/ }).check();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.waitForFunction(() => location.search.includes('region=africa'));
    await settle(page);
    // A tap on a node opens its details in a sheet inside the screen.
    const node = page.locator('svg.network-svg [data-node-id="au"]');
    const box = (await node.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const sheet = page.getByRole('complementary');
    await sheet.waitFor();
    const sheetBox = (await sheet.boundingBox())!;
    assert.ok(sheetBox.x >= 0 && sheetBox.x + sheetBox.width <= 390.5, 'sheet within the screen');
    assert.ok(sheetBox.y > 844 / 3, 'sheet over the bottom of the screen');
    assert.ok((await wide()) <= 390);
    await screenshot(page, 'phone-details');
    await context.close();
  });
});
