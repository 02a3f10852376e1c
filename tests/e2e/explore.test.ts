import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  adjacencyMatrix,
  changesBetween,
  filterGraph,
  instrumentStatus,
  NO_FILTERS,
  stateProfile,
  visibleGraph,
} from '../../src/model';
import { networkMeasures, topBy } from '../../src/model/measures';
import {
  bundledDataset,
  nodesOnScreen,
  nodesOnScreenWhen,
  openApp,
  screenshot,
  useAppSuite,
  waitForMark,
} from './harness';

const dataset = bundledDataset();

describe('exploring', () => {
  const suite = useAppSuite();

  it('answers "which bodies fight cybercrime in Africa?" from a link, exactly as filterGraph does', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?region=africa&function=cybercrime`);
    await waitForMark(page, 'graph:first-render');
    const expected = filterGraph(dataset, {
      ...NO_FILTERS,
      regions: ['africa'],
      functions: ['cybercrime'],
    })
      .nodes.map((n) => n.id)
      .sort();
    assert.ok(expected.length > 3);
    assert.deepEqual(await nodesOnScreen(page), expected);
    assert.match(
      await page.locator('.status-line').innerText(),
      /region: Africa; function: Cybercrime/,
    );
    assert.ok(await page.getByRole('checkbox', { name: /Africa/ }).isChecked());
    await screenshot(page, 'explore-africa-cybercrime');
    await page.context().close();
  });

  it('answers "what has Kazakhstan joined, and when?" from a link, with states hidden', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?focus=KAZ`);
    await waitForMark(page, 'graph:first-render');
    const profile = stateProfile(dataset, 'KAZ')!;
    const items = profile.byFunction.flatMap((g) => g.items);
    assert.ok(items.length >= 5, 'Kazakhstan has ties in the data');
    const details = page.getByRole('complementary', { name: 'Details of Kazakhstan' });
    const section = details.getByRole('region', { name: 'Profile' });
    await section.waitFor();
    // Every tie is listed, and the counts say how many of each there are.
    assert.equal(await section.locator('li').count(), items.length);
    assert.match(
      await section.locator('.profile-counts').innerText(),
      new RegExp(`member of ${profile.counts.member} organizations`),
    );
    // The state shows on the map with its ties although the states layer is off, and says so.
    assert.match(await section.getByRole('status').innerText(), /although states are hidden/);
    const onScreen = await nodesOnScreen(page);
    assert.ok(onScreen.includes('KAZ'));
    assert.ok(!onScreen.includes('UZB'), 'no other state shows');
    await screenshot(page, 'explore-state-profile');
    await section.getByRole('button', { name: 'Show all states' }).click();
    await page.waitForFunction(() => location.search.includes('states=1'));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('answers "who are the brokers?" with measures of the network shown, from a link', async () => {
    const { page, errors } = await openApp(
      suite.browser,
      `${suite.url}?measures=1&size=betweenness&colour=community`,
    );
    await waitForMark(page, 'graph:layout-settled');
    const panel = page.getByRole('region', { name: 'Network measures' });
    await panel.getByText(/communities found/).waitFor();
    const expected = networkMeasures(filterGraph(dataset, NO_FILTERS));
    const brokers = topBy(expected, 'betweenness', 8).map(
      (id) => dataset.nodeById.get(id)!.shortName ?? dataset.nodeById.get(id)!.name,
    );
    const listed = await panel
      .locator('.measures-list')
      .first()
      .locator('li .link-button')
      .allInnerTexts();
    assert.deepEqual(listed, brokers);
    // The legend follows the colouring: communities, not functions.
    assert.match(await page.locator('.legend-panel').innerText(), /Community 1/);
    // The top broker is drawn largest among the bodies.
    const radius = (id: string) =>
      page.evaluate(
        (id) =>
          Number(
            document
              .querySelector(
                `svg.network-svg [data-node-id="${CSS.escape(id)}"] circle, svg.network-svg [data-node-id="${CSS.escape(id)}"] rect`,
              )
              ?.getAttribute('r') ??
              document
                .querySelector(`svg.network-svg [data-node-id="${CSS.escape(id)}"] rect`)
                ?.getAttribute('width'),
          ),
        id,
      );
    const top = topBy(expected, 'betweenness', 1)[0];
    const last = topBy(expected, 'betweenness', 60).at(-1)!;
    assert.ok((await radius(top)) > (await radius(last)), 'sized by betweenness');
    await screenshot(page, 'explore-measures');
    // A broker in the list is a link to it.
    await panel.getByRole('button', { name: brokers[0], exact: true }).first().click();
    await page.waitForFunction((id) => location.search.includes(`focus=${id}`), top);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('answers "what changed between 2015 and 2025?" from a link, as changesBetween does', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?from=2015&to=2025&diff=1`);
    await waitForMark(page, 'graph:layout-settled');
    const graph = visibleGraph(dataset, {
      filters: NO_FILTERS,
      range: { from: '2015', to: '2025' },
      focus: null,
      hops: null,
    });
    const expected = changesBetween(graph, '2015', '2025');
    const added = expected.items.filter((c) => c.kind === 'added').length;
    assert.ok(added > 10, 'the bundled data changed in ten years');
    const panel = page.getByRole('region', { name: /What changed from 2015 to 2025/ });
    await panel.waitFor();
    assert.match(await panel.getByRole('status').innerText(), new RegExp(`^${added} began`));
    assert.equal(await panel.locator('li').count(), Math.min(300, expected.items.length));
    // What began is drawn highlighted: every tie begun in the period, and nothing else.
    assert.equal(
      await page.locator('.network-view .edge.on-path').count(),
      expected.addedEdges.size,
    );
    assert.ok(
      await page.getByRole('switch', { name: 'Show what changed in the period' }).isChecked(),
    );
    await screenshot(page, 'explore-changes');
    await panel.getByRole('button', { name: 'Stop showing changes' }).click();
    await page.waitForFunction(() => !location.search.includes('diff=1'));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('answers "which African states signed the Malabo Convention but never ratified it?"', async () => {
    const { page, errors } = await openApp(suite.browser, `${suite.url}?focus=malabo-convention`);
    await waitForMark(page, 'graph:first-render');
    const status = instrumentStatus(dataset, 'malabo-convention')!;
    assert.ok(status.signedOnly.length > 0);
    const section = page.getByRole('region', { name: 'States', exact: true });
    await section.waitFor();
    const names = await section.locator('.states-names .link-button').allInnerTexts();
    assert.deepEqual(
      names,
      status.signedOnly.map((s) => s.name),
    );
    assert.ok(status.signedOnly.every((s) => s.regions.includes('africa')));
    assert.match(
      await section.innerText(),
      new RegExp(
        `${status.parties.length} parties · ${status.signedOnly.length} signed, not ratified`,
      ),
    );
    await screenshot(page, 'explore-malabo-gap');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows the network as an adjacency matrix, with selection linked to the other views', async () => {
    const { page, errors } = await openApp(
      suite.browser,
      `${suite.url}?view=matrix&region=africa&states=1`,
    );
    const graph = filterGraph(dataset, { ...NO_FILTERS, regions: ['africa'], states: true });
    const expected = adjacencyMatrix(graph, 'region');
    await page.locator('.matrix-cell').first().waitFor();
    assert.equal(await page.locator('.matrix-cell').count(), expected.cells.length);
    // ↓ on the matrix selects the first row, and the selection is in the link.
    await page.locator('.matrix-svg').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      (id) => location.search.includes(`focus=${id}`),
      expected.nodes[0].id,
    );
    await screenshot(page, 'explore-matrix');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('finds ENISA by keyboard and focuses it; Back undoes each step', async () => {
    const { page } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');
    await page.keyboard.press('/');
    await page.keyboard.type('enisa');
    await page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', {
      name: 'Details of European Union Agency for Cybersecurity',
    });
    await details.waitFor();
    assert.match(page.url(), /focus=enisa/);
    // Only its neighbourhood.
    await details.getByLabel('Show only the neighbourhood').selectOption('1');
    await page.waitForFunction(() => location.search.includes('hops=1'));
    const neighbourhood = [...dataset.neighbours.get('enisa')!].filter(
      (id) => dataset.nodeById.get(id)!.type !== 'state',
    );
    const want = ['enisa', ...neighbourhood].sort();
    assert.deepEqual(await nodesOnScreenWhen(page, (ids) => ids.join() === want.join()), want);
    await screenshot(page, 'explore-enisa-neighbourhood');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('hops'));
    const more = (ids: string[]) => ids.length > neighbourhood.length + 1;
    assert.ok(more(await nodesOnScreenWhen(page, more)));
    await page.context().close();
  });

  it('matches a name pasted with a Cyrillic look-alike letter', async () => {
    const { page } = await openApp(suite.browser, suite.url);
    await waitForMark(page, 'graph:first-render');
    await page.getByRole('combobox', { name: /^Search/ }).fill('Budapest Convеntion'); // Cyrillic "е"
    assert.match(
      await page
        .getByRole('listbox', { name: 'Search results' })
        .getByRole('option')
        .first()
        .innerText(),
      /Budapest Convention/,
    );
    await page.context().close();
  });

  it('shows the states layer and who is party to the Budapest Convention', async () => {
    // Its neighbourhood: the whole network with every state is drawn on a canvas.
    const { page } = await openApp(suite.browser, `${suite.url}?focus=budapest-convention&hops=1`);
    await waitForMark(page, 'graph:first-render');
    await page.getByRole('switch', { name: /Show states/ }).check();
    await page.waitForFunction(() => location.search.includes('states=1'));
    const parties = dataset.edges
      .filter((e) => e.type === 'party-to' && e.target === 'budapest-convention')
      .map((e) => e.source);
    const onScreen = new Set(
      await nodesOnScreenWhen(page, (ids) => parties.every((id) => ids.includes(id))),
    );
    for (const id of parties) assert.ok(onScreen.has(id), `${id} on screen`);
    const details = page.getByRole('complementary', {
      name: /Details of Convention on Cybercrime/,
    });
    assert.match(await details.innerText(), new RegExp(`Parties\\s*${parties.length}`));
    await screenshot(page, 'explore-states-budapest');
    await page.context().close();
  });

  it('highlights the path between INTERPOL and the EU Cybersecurity Act, in words', async () => {
    const { page } = await openApp(suite.browser, `${suite.url}?focus=interpol`);
    await waitForMark(page, 'graph:layout-settled');
    await page.getByRole('button', { name: 'Connect…' }).click();
    await page.click('[data-node-id="eu-cybersecurity-act"]');
    const panel = page.getByRole('region', { name: 'Path' });
    await panel.waitFor();
    assert.match(await panel.innerText(), /shortest path/i);
    assert.ok((await page.locator('.edge.on-path').count()) >= 1);
    // Every node of the path is in view, below the panel that lists it and clear of the legend,
    // once the view has moved.
    const panelBottom = (await panel.boundingBox())!.y + (await panel.boundingBox())!.height;
    const view = (await page.locator('svg.network-svg').boundingBox())!;
    await page.waitForFunction(
      ([bottom, right, lowest]) =>
        [...document.querySelectorAll('.network-view .node.on-path')].every((n) => {
          const r = n.getBoundingClientRect();
          const y = r.y + r.height / 2;
          const x = r.x + r.width / 2;
          const legend = document.querySelector('.legend-panel')?.getBoundingClientRect();
          const underLegend =
            legend !== undefined &&
            x > legend.left &&
            x < legend.right &&
            y > legend.top &&
            y < legend.bottom;
          return y > bottom && y < lowest && x > 0 && x < right && !underLegend;
        }),
      [panelBottom, view.x + view.width, view.y + view.height] as const,
    );
    assert.ok((await page.locator('.network-view .node.on-path').count()) >= 2);
    await screenshot(page, 'explore-path');
    await page.context().close();
  });
});
