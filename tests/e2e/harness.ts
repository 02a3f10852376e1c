// Shared set-up for browser tests: serve dist/ on 127.0.0.1 and drive Debian's Chromium.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseDataset, type Dataset } from '../../src/domain';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const artifacts = join(root, 'tests/e2e/artifacts');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv',
};

/** Serve a folder; `extra` maps URL paths to files outside it (test fixtures). */
export async function serve(dir = join(root, 'dist'), extra: Record<string, string> = {}) {
  const server = createServer(async (req, res) => {
    if (!req.url) return;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = extra[path] ?? join(dir, normalize(path === '/' ? '/index.html' : path));
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type':
          (TYPES as Record<string, string>)[extname(file)] ?? 'application/octet-stream',
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export async function openApp(browser: Browser, url: string, { width = 1440, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, errors };
}

export async function waitForMark(page: Page, name: string, timeout = 15000) {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
}

export async function screenshot(page: Page, name: string) {
  await mkdir(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The bundled dataset, parsed by the app's own parser, for computing what a view should show. */
export function bundledDataset(): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(join(root, 'data/network.json'), 'utf8')));
  if (!parsed.ok) throw new Error('bundled dataset is invalid');
  return parsed.dataset;
}

/** Serve the built app and launch Chromium once for a suite; closed after it. */
export function useAppSuite(extra: Record<string, string> = {}) {
  const suite = {} as { url: string; browser: Browser };
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  before(async () => {
    server = await serve(join(root, 'dist'), extra);
    suite.url = server.url;
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await server?.close();
  });
  return suite;
}

/** The ids of the nodes drawn (SVG renderer), sorted. */
export const nodesOnScreen = async (page: Page): Promise<string[]> =>
  (
    await page.$$eval('svg.network-svg [data-node-id]', (els) =>
      els.map((e) => e.getAttribute('data-node-id')!),
    )
  ).sort();

/**
 * The nodes drawn once `ready` holds for them (or after `timeout`, as they are then): a change
 * of filters or focus reaches the drawing one deferred render after the controls.
 */
export async function nodesOnScreenWhen(
  page: Page,
  ready: (ids: string[]) => boolean,
  timeout = 10000,
): Promise<string[]> {
  const until = Date.now() + timeout;
  let ids = await nodesOnScreen(page);
  while (!ready(ids) && Date.now() < until) {
    await page.waitForTimeout(50);
    ids = await nodesOnScreen(page);
  }
  return ids;
}
