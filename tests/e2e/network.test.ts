import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { filterGraph, NO_FILTERS } from '../../src/model';
import { bundledDataset, openApp, root, screenshot, useAppSuite, waitForMark } from './harness';

describe('network view', () => {
  const suite = useAppSuite({
    '/fixtures/invalid.json': join(root, 'tests/fixtures/broken/invalid.json'),
    '/fixtures/dangling.json': join(root, 'tests/fixtures/broken/dangling-and-duplicate.json'),
    '/fixtures/small.json': join(root, 'tests/fixtures/small.json'),
  });
  const dataset = bundledDataset();

  it('draws every organization and instrument, with a legend and a status line', async () => {
    const { page, errors } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');
    const expected = filterGraph(dataset, NO_FILTERS)
      .nodes.map((n) => n.id)
      .sort();
    const onScreen = (
      await page.$$eval('svg.network-svg [data-node-id]', (els) =>
        els.map((e) => e.getAttribute('data-node-id')!),
      )
    ).sort();
    assert.deepEqual(onScreen, expected);
    assert.match(
      await page.getByRole('status').first().innerText(),
      new RegExp(`Showing ${expected.length} of ${dataset.nodes.length} nodes`),
    );
    assert.ok(await page.getByRole('img', { name: /Legend:.*Cybercrime/ }).isVisible());
    // Labels are readable: once the layout is at rest, the biggest bodies are named on screen.
    await waitForMark(page, 'graph:layout-settled');
    const labels = await page.$$eval('[data-label-for]', (els) => els.map((e) => e.textContent));
    for (const name of ['UN', 'EU', 'NATO', 'INTERPOL'])
      assert.ok(labels.includes(name), `label ${name}: ${labels.join(', ')}`);
    await screenshot(page, 'network-default');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('opens the details of a clicked node, with its sources', async () => {
    const { page } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:layout-settled');
    await page.click('[data-node-id="enisa"]');
    const details = page.getByRole('complementary', { name: /Details of/ });
    await details.waitFor();
    const text = await details.innerText();
    assert.match(text, /ENISA/);
    assert.match(text, /European Union Agency for Cybersecurity/);
    assert.match(text, /sources/i);
    const sources = await details.getByRole('region', { name: 'Sources' }).getByRole('link').all();
    assert.ok(sources.length >= 1);
    const href = await sources[0].getAttribute('href');
    assert.match(href ?? '', /^https?:\/\//);
    assert.match(page.url(), /focus=enisa/);
    // Connections are listed by relationship and lead on.
    await details.getByRole('button', { name: 'EU', exact: true }).first().click();
    await page.getByRole('complementary', { name: 'Details of European Union' }).waitFor();
    await screenshot(page, 'details-eu');
    await page.context().close();
  });

  it('pans, zooms and drags a node with the mouse; a hover lights the neighbourhood on its own layer', async () => {
    const { page, errors } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:layout-settled');
    const viewport = page.locator('svg.network-svg g.viewport');
    const transform = () => viewport.getAttribute('transform');
    const box = (await page.locator('svg.network-svg').boundingBox())!;

    // Drag on the background: the view pans by the drag.
    const start = await transform();
    const [, x0, y0] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(start!)!.map(Number);
    await page.mouse.move(box.x + 12, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + 62, box.y + 42, { steps: 5 });
    await page.mouse.up();
    const panned = /translate\(([-\d.]+),([-\d.]+)\)/.exec((await transform())!)!.map(Number);
    assert.ok(Math.abs(panned[1] - x0 - 50) < 1 && Math.abs(panned[2] - y0 - 30) < 1, `${panned}`);

    // The wheel zooms in around the pointer.
    const k0 = Number(/scale\(([\d.]+)\)/.exec((await transform())!)![1]);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForFunction(
      (k) =>
        Number(
          /scale\(([\d.]+)\)/.exec(
            document.querySelector('svg.network-svg g.viewport')!.getAttribute('transform')!,
          )![1],
        ) > k,
      k0,
    );

    // Hovering a node lights it and its ties above a veil, on the highlight layer only.
    const node = page.locator('svg.network-svg [data-node-id="enisa"]');
    const nb = (await node.boundingBox())!;
    await page.mouse.move(nb.x + nb.width / 2, nb.y + nb.height / 2);
    await page.locator('svg.network-highlight[data-highlight="on"] .veil').waitFor();
    const lit = await page.locator('svg.network-highlight .edge.is-highlight').count();
    assert.equal(
      lit,
      dataset.edges.filter(
        (e) =>
          (e.source === 'enisa' || e.target === 'enisa') &&
          dataset.nodeById.get(e.source === 'enisa' ? e.target : e.source)!.type !== 'state',
      ).length,
    );
    assert.equal(
      await page.locator('svg.network-svg .is-dim').count(),
      0,
      'the base is never restyled',
    );
    await screenshot(page, 'network-hover');

    // Dragging the node moves it (and pins it there); it does not select it.
    const before = await node.getAttribute('transform');
    await page.mouse.down();
    await page.mouse.move(nb.x + nb.width / 2 + 80, nb.y + nb.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(500);
    assert.notEqual(await node.getAttribute('transform'), before);
    assert.ok(!page.url().includes('focus=enisa'), 'a drag is not a click');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('reopens a selection from the link', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?focus=budapest-convention`);
    const details = page.getByRole('complementary', {
      name: 'Details of Convention on Cybercrime',
    });
    await details.waitFor();
    assert.match(await details.innerText(), /1 July 2004/);
    await page.context().close();
  });

  for (const [name, file, expected] of [
    ['invalid JSON', 'invalid.json', [/not valid JSON/]],
    [
      'a dangling edge, a duplicate id and a missing field',
      'dangling.json',
      [
        /edges\[0\]\.target: unknown node id "enisa2"/,
        /nodes\[1\]\.id: duplicate id "enisa"/,
        /nodes\[2\]\.name: missing name/,
      ],
    ],
    ['a file that does not exist', 'missing.json', [/404/]],
  ] as const) {
    it(`names each problem of a broken dataset: ${name}`, async () => {
      const { page, errors } = await openApp(suite.browser, `${suite.url}?data=/fixtures/${file}`);
      const alert = page.getByRole('alert').filter({ hasText: 'problem' });
      await alert.waitFor();
      const text = await alert.innerText();
      for (const re of expected) assert.match(text, re);
      assert.deepEqual(errors, []);
      await screenshot(page, `broken-${file.replace('.json', '')}`);
      await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
      await waitForMark(page, 'graph:first-render');
      await page.context().close();
    });
  }

  it('shows a notice for an unknown URL value and carries on', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?region=atlantis&focus=nowhere`);
    await waitForMark(page, 'graph:first-render');
    const notices = await page.locator('.notice').allInnerTexts();
    assert.ok(notices.some((n) => n.includes('Ignored region "atlantis"')));
    assert.ok(notices.some((n) => n.includes('Ignored focus "nowhere"')));
    await page.context().close();
  });
});
