// What a user feels beyond pan and zoom: input-to-next-paint of everyday interactions on the bundled
// dataset (Event Timing API), and the longest main-thread task (Long Tasks API) while a large
// network settles, while the pointer hovers over it, while a node is dragged and on wheel steps.
import type { Browser, Page } from 'playwright-core';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Collects Event Timing entries (interactions only) and long tasks from the start of the page.
 * A string: tsx would wrap a named function in a __name() the page lacks.
 */
const OBSERVERS = `
  window.benchEvents = [];
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId) window.benchEvents.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface Entry {
  name?: string;
  start: number;
  duration: number;
}

const now = (page: Page) => page.evaluate(() => performance.now());
const entries = (page: Page, list: 'benchEvents' | 'benchLongTasks') =>
  page.evaluate((l) => (window as unknown as Record<string, Entry[]>)[l], list);

/** Time for the drawing to come to rest after an interaction, before the next is measured. */
const REST_MS = 3000;

/**
 * The longest input-to-next-paint of the interactions that `act` causes, measured from rest
 * (the previous interaction's layout has settled). Event Timing reports only events of 16 ms
 * or more, so a quicker answer counts as 16.
 */
async function inp(page: Page, act: () => Promise<void>, settleMs = 700): Promise<number> {
  await sleep(REST_MS);
  const from = await now(page);
  await act();
  await sleep(settleMs);
  const list = (await entries(page, 'benchEvents')).filter((e) => e.start >= from);
  return Math.max(16, ...list.map((e) => e.duration));
}

/** The longest task (≥ 50 ms, the Long Tasks API's floor) that began after `from`; 0 if none. */
async function longestTaskSince(page: Page, from: number, to = Infinity): Promise<number> {
  const list = (await entries(page, 'benchLongTasks')).filter(
    (e) => e.start >= from && e.start < to,
  );
  return Math.max(0, ...list.map((e) => e.duration));
}

export const BUNDLED_INTERACTIONS = [
  'toggle a filter',
  'click a node',
  'states layer on',
  'switch to timeline',
  'switch to network',
  'type in search',
] as const;
export type BundledInteraction = (typeof BUNDLED_INTERACTIONS)[number];

/** Input-to-next-paint (ms) of each everyday interaction on the bundled dataset, one load. */
export async function measureBundledInteractions(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<Record<BundledInteraction, number>> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('graph:layout-settled').length);
    await sleep(300);
    const filter = page.getByRole('checkbox', { name: /^Cybercrime/ });
    const result = {} as Record<BundledInteraction, number>;
    result['toggle a filter'] = await inp(page, () => filter.click());
    await filter.click();
    await sleep(500);
    const node = page.locator('[data-node-id="enisa"]').first();
    result['click a node'] = await inp(page, () => node.click({ force: true }));
    await page.keyboard.press('Escape');
    await sleep(300);
    const states = page.getByRole('switch', { name: /Show states/ });
    result['states layer on'] = await inp(page, () => states.click(), 1200);
    await states.click();
    await sleep(800);
    result['switch to timeline'] = await inp(page, () =>
      page.getByRole('button', { name: 'Timeline', exact: true }).click(),
    );
    result['switch to network'] = await inp(
      page,
      () => page.getByRole('button', { name: 'Network', exact: true }).click(),
      1200,
    );
    const search = page.getByRole('combobox', { name: /^Search/ });
    await search.click();
    result['type in search'] = await inp(page, () =>
      search.pressSequentially('Kazakh', { delay: 60 }),
    );
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

export interface BigTasks {
  /** The longest main-thread task from navigation until the layout settled. */
  settling: number;
  hovering: number;
  dragging: number;
  /** The longest task at the start and end of a wheel gesture and of a pan. */
  gestureEdges: number;
}

/** Longest main-thread tasks (ms; 0 = none of 50 ms or more) on a large network, one load. */
export async function measureBigTasks(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  timeoutMs: number,
): Promise<BigTasks | null> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('graph:layout-settled').length,
      null,
      { timeout: timeoutMs, polling: 100 },
    );
    const settledAt = await page.evaluate(
      () => performance.getEntriesByName('graph:layout-settled')[0].startTime,
    );
    const settling = await longestTaskSince(page, 0, settledAt);
    await sleep(500);
    const area = await page.evaluate(() => {
      const r = document.querySelector('.network-view')!.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });

    // Hover: sweep the pointer across the middle of the network, 60 moves a second.
    let from = await now(page);
    let nodePoint: { x: number; y: number } | null = null;
    for (let i = 0; i < 90; i++) {
      const x = area.x + area.width * (0.25 + (0.5 * i) / 90);
      const y = area.y + area.height * (0.4 + 0.2 * Math.sin(i / 6));
      await page.mouse.move(x, y);
      if (!nodePoint && (await page.locator('.is-over-node').count())) nodePoint = { x, y };
      await sleep(16);
    }
    await sleep(300);
    const hovering = await longestTaskSince(page, from);

    // Drag a node (found under the pointer while hovering) 40 steps.
    let dragging = 0;
    if (nodePoint) {
      await page.mouse.move(nodePoint.x, nodePoint.y);
      await sleep(200);
      from = await now(page);
      await page.mouse.down();
      for (let i = 1; i <= 40; i++) {
        await page.mouse.move(nodePoint.x + i * 3, nodePoint.y + i * 2);
        await sleep(16);
      }
      await page.mouse.up();
      await sleep(1500);
      dragging = await longestTaskSince(page, from);
    }

    // A wheel gesture and a pan, each with pauses so that their end is seen.
    await page.mouse.move(area.x + 30, area.y + area.height - 30);
    from = await now(page);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -60);
      await sleep(16);
    }
    await sleep(600);
    await page.mouse.move(area.x + area.width - 30, area.y + 30);
    await page.mouse.down();
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(area.x + area.width - 30 - i * 8, area.y + 30 + i * 4);
      await sleep(16);
    }
    await page.mouse.up();
    await sleep(800);
    const gestureEdges = await longestTaskSince(page, from);
    return { settling, hovering, dragging, gestureEdges };
  } catch {
    return null;
  } finally {
    await context.close().catch(() => {});
  }
}
