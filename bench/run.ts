// `npm run bench`: builds the app, generates synthetic networks, and measures the atlas and a naive
// d3-force + SVG page on them in headless Chromium. See the "Performance" section of README.md.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { arch, cpus, platform, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness';
import { DEFAULT_SEED, generateValidDataset } from './generate';
import { measureTimelineZoom, type TimelineZoomResult } from './timelineZoom';
import {
  BUNDLED_INTERACTIONS,
  measureBigTasks,
  measureBundledInteractions,
  type BigTasks,
  type BundledInteraction,
} from './interactions';

const root = fileURLToPath(new URL('../', import.meta.url));
const benchDir = join(root, 'bench');
const out = join(benchDir, 'out');
// A private build: `dist/` may be in use by browser tests running at the same time.
const appDir = join(out, 'dist');

const VIEWPORT = { width: 1440, height: 900 };
const NAIVE_VENDOR = [
  'd3-dispatch',
  'd3-quadtree',
  'd3-timer',
  'd3-force',
  'd3-selection',
  'd3-color',
  'd3-interpolate',
  'd3-ease',
  'd3-transition',
  'd3-drag',
  'd3-zoom',
];

const TARGETS = {
  bigNodes: 10_000,
  bigFirstRenderMs: 1000,
  bigSettledMs: 3000,
  bigMedianFrameMs: 16,
  ratioNodes: 3000,
  ratioMin: 5,
  bundledFirstRenderMs: 300,
  /** input to next paint of each everyday interaction on the bundled dataset */
  interactionMs: 50,
  /** longest main-thread task on the large network, in every phase */
  bigLongestTaskMs: 50,
  /** the timeline's layout per zoom step, 10,000 marks */
  timelineStepMs: 50,
  initialJsKb: 120,
};

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  sizes: number[];
  build: boolean;
  steps: number;
  bundledRuns: number;
  updateReadme: boolean;
  /** printed with the results, e.g. what else the machine was doing */
  note: string | null;
  /** Skip the naive baseline page (quicker runs while working on the atlas). */
  naive: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    sizes: [1000, 3000, 10_000],
    build: true,
    steps: 120,
    bundledRuns: 3,
    updateReadme: false,
    note: null,
    naive: true,
  };
  for (const arg of argv) {
    const [key, value] = arg.split('=');
    if (key === '--sizes' && value) options.sizes = value.split(',').map(Number);
    else if (key === '--no-build') options.build = false;
    else if (key === '--steps' && value) options.steps = Number(value);
    else if (key === '--bundled-runs' && value) options.bundledRuns = Number(value);
    else if (key === '--update-readme') options.updateReadme = true;
    else if (key === '--no-naive') options.naive = false;
    else if (key === '--note' && value) options.note = arg.slice('--note='.length);
    else if (key === '--help') {
      console.log(
        'npm run bench -- [--sizes=1000,3000,10000] [--steps=120] [--bundled-runs=3] [--no-build] [--no-naive] [--update-readme] [--note=text]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error('--sizes takes whole numbers of at least 10');
  if (!(options.steps >= 10)) throw new Error('--steps must be at least 10');
  return options;
}

/** Budgets grow with the graph, but the whole run must still end in about six minutes. */
const budgets = (n: number) => ({
  /** from navigation to graph:layout-settled */
  loadMs: 15_000 + n * 4.5,
  panZoomMs: 10_000 + n * 1.5,
});

// ---------------------------------------------------------------------------------------------
// Helpers

const log = (message: string) => console.log(`[bench] ${message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class PhaseTimeout extends Error {}

async function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PhaseTimeout(`${what}: no result after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/**
 * A quantile over frames when only chunk averages are known: each chunk counts once per frame
 * in it, so a chunk of one slow frame weighs less than a chunk of twenty quick ones.
 */
function frameQuantile(chunks: { perFrame: number; frames: number }[], q: number) {
  return quantile(
    chunks.flatMap((c) => new Array<number>(c.frames).fill(c.perFrame)),
    q,
  );
}
const round = (v: number | null, digits = 1) =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// Build, bundle size, datasets, server

async function build() {
  const started = performance.now();
  log('building the app (vite build into bench/out/dist)…');
  await run(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      appDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    240_000,
  );
  log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** What a first visit downloads, counted as tests/e2e/report-sizes.mjs counts it. */
async function initialJsGzipKb(): Promise<number> {
  const html = await readFile(join(appDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]),
  );
  let total = 0;
  for (const file of await readdir(join(appDir, 'assets'))) {
    const path = `assets/${file}`;
    if (!initial.has(path) || !file.endsWith('.js')) continue;
    total += gzipSync(await readFile(join(appDir, path))).length / 1024;
  }
  return total;
}

interface GraphFile {
  nodes: number;
  edges: number;
  bytes: number;
  urlPath: string;
}

async function writeGraphs(sizes: number[]): Promise<Map<number, GraphFile>> {
  const files = new Map<number, GraphFile>();
  for (const n of sizes) {
    const doc = generateValidDataset({ nodes: n, seed: DEFAULT_SEED });
    const text = JSON.stringify(doc);
    const name = `graph-${n}.json`;
    await writeFile(join(out, name), text);
    files.set(n, {
      nodes: doc.nodes.length,
      edges: doc.edges.length,
      bytes: Buffer.byteLength(text),
      urlPath: `/bench/${name}`,
    });
    log(`generated ${name}: ${doc.nodes.length} nodes, ${doc.edges.length} edges (valid)`);
  }
  return files;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The app at /, and under /bench/ the generated graphs and the naive page with its d3 scripts. */
function fileFor(path: string): string | null {
  if (path === '/bench/naive.html' || path === '/bench/naive.js') return join(root, path);
  const vendor = /^\/bench\/vendor\/(d3-[a-z]+)\.js$/.exec(path);
  if (vendor && NAIVE_VENDOR.includes(vendor[1]))
    return join(root, 'node_modules', vendor[1], 'dist', `${vendor[1]}.min.js`);
  const graph = /^\/bench\/(graph-\d+\.json)$/.exec(path);
  if (graph) return join(out, graph[1]);
  if (path.startsWith('/bench/')) return null;
  return join(appDir, normalize(path === '/' ? '/index.html' : path));
}

async function serve(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = fileFor(path);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}

// ---------------------------------------------------------------------------------------------
// Measuring one page

type Variant = 'atlas' | 'naive';

interface PageResult {
  /** ms since navigation start */
  firstRenderMs: number | null;
  settledMs: number | null;
  /** ms after the dataset response ended */
  firstRenderAfterDataMs: number | null;
  settledAfterDataMs: number | null;
  loadEventMs: number | null;
  heapMb: number | null;
  /** input steps sent while panning and zooming */
  steps: number;
  /** animation frames the page ran meanwhile */
  pageFrames: number;
  frameMs: {
    mean: number | null;
    median: number | null;
    p95: number | null;
    cpuMean: number | null;
  };
  /** what the pan/zoom run saw: was the layout still moving? */
  panZoomDuring: 'settled' | 'ticking';
  notes: string[];
  errors: string[];
}

interface PageMarks {
  first: number | null;
  settled: number | null;
  dataEnd: number | null;
  load: number | null;
}

function readMarks(page: Page, dataPath: string | null): Promise<PageMarks> {
  // No named helper functions in here: tsx wraps them in a __name() call the page lacks.
  return page.evaluate((dataPath) => {
    const [first, settled] = ['graph:first-render', 'graph:layout-settled'].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
    );
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = resources.find((r) =>
      dataPath ? new URL(r.name).pathname === dataPath : /network[^/]*\.json$/.test(r.name),
    );
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    return {
      first,
      settled,
      dataEnd: data?.responseEnd ?? null,
      load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null,
    };
  }, dataPath);
}

async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<boolean> {
  try {
    await withTimeout(
      `waiting for ${name}`,
      timeoutMs + 2000,
      page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
        timeout: timeoutMs,
        polling: 100,
      }),
    );
    return true;
  } catch {
    return false;
  }
}

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

async function metrics(cdp: Cdp): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * A point on the network's background to start a drag from, so that the drag pans rather than
 * moves a node. Corners first: a fitted view leaves a margin there.
 */
async function backgroundPoint(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const area = document.querySelector(selector)!.getBoundingClientRect();
    const inset = 24;
    const candidates: [number, number][] = [
      [area.left + inset, area.top + inset],
      [area.right - inset, area.top + inset],
      [area.left + inset, area.bottom - inset],
    ];
    for (let fy = 0.1; fy < 1; fy += 0.1)
      for (let fx = 0.1; fx < 1; fx += 0.1)
        candidates.push([area.left + area.width * fx, area.top + area.height * fy]);
    for (const [x, y] of candidates) {
      const hit = document.elementFromPoint(x, y);
      if (hit && !hit.closest('[data-node-id]') && !hit.closest('button, input, a'))
        return { x, y };
    }
    return { x: area.left + inset, y: area.top + inset };
  }, selector);
}

interface PanZoomResult {
  steps: number;
  pageFrames: number;
  /** main-thread busy ms per page frame: overall, and median/p95 over chunks of 10 steps */
  mean: number | null;
  median: number | null;
  p95: number | null;
  /** main-thread CPU ms per page frame: less inflated than busy time when the machine is loaded */
  cpuMean: number | null;
}

/**
 * `steps` input steps of wheel and drag over the network, one every 16 ms like a 60 Hz mouse, sent
 * without waiting for the page: a slow page coalesces them as it would a real mouse's. The cost
 * of a frame is main-thread busy time (CDP TaskDuration) divided by the animation frames the
 * page ran meanwhile; headless Chromium's frame intervals say nothing, its frame count does.
 */
async function panZoom(
  page: Page,
  cdp: Cdp,
  selector: string,
  steps: number,
  budgetMs: number,
): Promise<PanZoomResult> {
  const centre = await page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  // A string, not a function: tsx would wrap a named function in a __name() the page lacks.
  await page.evaluate(
    'window.benchFrames = 0; (function count() { window.benchFrames++; requestAnimationFrame(count); })()',
  );
  const sample = async () => {
    const [m, frames] = await Promise.all([metrics(cdp), page.evaluate('window.benchFrames')]);
    return { task: m.TaskDuration * 1000, cpu: m.ThreadTime * 1000, frames: frames as number };
  };

  const quarter = Math.max(1, Math.round(steps / 4));
  const mouse = (params: Record<string, unknown>) =>
    cdp.send('Input.dispatchMouseEvent', { button: 'left', ...params } as never);
  const pending: Promise<unknown>[] = [];
  let pointer = { x: 0, y: 0 };
  let pressed = false;
  const step = async (i: number) => {
    const phase = Math.min(3, Math.floor(i / quarter));
    const at = i - phase * quarter;
    if (phase === 0 || phase === 3) {
      // Drag right-down, then back; each drag starts on the background (see backgroundPoint).
      const sign = phase === 0 ? 1 : -1;
      if (at === 0) {
        pointer = await backgroundPoint(page, selector);
        pending.push(mouse({ type: 'mouseMoved', ...pointer, buttons: 0 }));
        pending.push(mouse({ type: 'mousePressed', ...pointer, buttons: 1, clickCount: 1 }));
        pressed = true;
      }
      pointer = { x: pointer.x + 6 * sign, y: pointer.y + 3 * sign };
      pending.push(mouse({ type: 'mouseMoved', ...pointer, buttons: 1 }));
      if (at === quarter - 1 || i === steps - 1) {
        pending.push(mouse({ type: 'mouseReleased', ...pointer, buttons: 0, clickCount: 1 }));
        pressed = false;
      }
    } else {
      if (at === 0) pending.push(mouse({ type: 'mouseMoved', ...centre, buttons: 0 }));
      pending.push(
        mouse({ type: 'mouseWheel', ...centre, deltaX: 0, deltaY: phase === 1 ? -40 : 40 }),
      );
    }
  };

  const started = performance.now();
  const first = await sample();
  let chunkStart = first;
  const chunks: { perFrame: number; frames: number }[] = [];
  let done = 0;
  for (let i = 0; i < steps; i++) {
    if (performance.now() - started > budgetMs) break;
    const due = started + (i + 1) * 16;
    await step(i);
    done++;
    await sleep(Math.max(0, due - performance.now()));
    if (done % 10 === 0 || i === steps - 1) {
      const now = await sample();
      // A chunk in which the page drew nothing is folded into the next.
      if (now.frames > chunkStart.frames) {
        const frames = now.frames - chunkStart.frames;
        chunks.push({ perFrame: (now.task - chunkStart.task) / frames, frames });
        chunkStart = now;
      }
    }
  }
  if (pressed) pending.push(mouse({ type: 'mouseReleased', ...pointer, buttons: 0 }));
  await Promise.all(pending);
  const last = await sample();
  const pageFrames = last.frames - first.frames;
  return {
    steps: done,
    pageFrames,
    mean: pageFrames > 0 ? (last.task - first.task) / pageFrames : null,
    median: frameQuantile(chunks, 0.5),
    p95: frameQuantile(chunks, 0.95),
    cpuMean: pageFrames > 0 ? (last.cpu - first.cpu) / pageFrames : null,
  };
}

/** A page result with nothing measured yet (and why, if it never will be). */
function emptyResult(note?: string): PageResult {
  return {
    firstRenderMs: null,
    settledMs: null,
    firstRenderAfterDataMs: null,
    settledAfterDataMs: null,
    loadEventMs: null,
    heapMb: null,
    steps: 0,
    pageFrames: 0,
    frameMs: { mean: null, median: null, p95: null, cpuMean: null },
    panZoomDuring: 'settled',
    notes: note ? [note] : [],
    errors: [],
  };
}

async function measurePage(
  browser: Browser,
  variant: Variant,
  url: string,
  dataPath: string | null,
  n: number,
  steps: number,
): Promise<PageResult> {
  const budget = budgets(n);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const result = emptyResult();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => result.errors.push(e.message));
    page.setDefaultTimeout(budget.loadMs);
    const deadline = performance.now() + budget.loadMs;
    const left = () => Math.max(1, deadline - performance.now());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });

    if (!(await waitForMark(page, 'graph:first-render', left()))) {
      result.notes.push(`no first render within ${budget.loadMs} ms`);
      return result;
    }
    if (!(await waitForMark(page, 'graph:layout-settled', left())))
      result.notes.push(`layout not settled within ${budget.loadMs} ms`);

    const marks = await withTimeout('reading marks', 30_000, readMarks(page, dataPath));
    result.firstRenderMs = marks.first;
    result.settledMs = marks.settled;
    result.loadEventMs = marks.load;
    if (marks.dataEnd !== null) {
      if (marks.first !== null) result.firstRenderAfterDataMs = marks.first - marks.dataEnd;
      if (marks.settled !== null) result.settledAfterDataMs = marks.settled - marks.dataEnd;
    }

    // Heap after a full collection, so that garbage waiting to be collected does not count.
    await withTimeout('collecting garbage', 30_000, cdp.send('HeapProfiler.collectGarbage'));
    result.heapMb = (await withTimeout('heap', 30_000, metrics(cdp))).JSHeapUsedSize / 2 ** 20;

    if (steps > 0) {
      const selector = variant === 'atlas' ? '.network-view' : '#naive';
      if (variant === 'naive') {
        // The baseline redraws every element on every tick; panning while it ticks is its cost.
        await page.evaluate(() => (window as any).naiveBench.reheat(1));
        result.panZoomDuring = 'ticking';
      } else if (marks.settled === null) result.panZoomDuring = 'ticking';
      await sleep(50);
      const frameResult = await withTimeout(
        'pan and zoom',
        budget.panZoomMs + 15_000,
        panZoom(page, cdp, selector, steps, budget.panZoomMs),
      );
      const { steps: done, pageFrames, ...frameMs } = frameResult;
      result.steps = done;
      result.pageFrames = pageFrames;
      result.frameMs = frameMs;
      if (done < steps)
        result.notes.push(
          `pan/zoom stopped after ${done} of ${steps} steps (budget ${budget.panZoomMs} ms)`,
        );
      if (variant === 'naive') {
        const alpha = await page.evaluate(() => (window as any).naiveBench.alpha() as number);
        if (alpha < 0.001) result.notes.push('simulation ended before the pan/zoom run did');
      }
    }
  } catch (error) {
    if (!(error instanceof PhaseTimeout)) throw error;
    result.notes.push(error.message);
  } finally {
    // A page stuck in a long task can make closing wait too; don't let it hang the run.
    await withTimeout('closing the page', 30_000, context.close()).catch(() => {});
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

interface SizeResult {
  nodes: number;
  edges: number;
  datasetKb: number;
  atlas: PageResult;
  naive: PageResult;
  frameRatio: { mean: number | null; median: number | null };
}

interface Results {
  date: string;
  note: string | null;
  machine: {
    cpu: string;
    cores: number;
    ramGb: number;
    os: string;
    node: string;
    chromium: string;
  };
  method: Record<string, string>;
  seed: number;
  initialJsGzipKb: number;
  bundled: {
    runs: number;
    firstRenderMs: number | null;
    firstRenderAfterDataMs: number | null;
    settledMs: number | null;
    loadEventMs: number | null;
    /** median input-to-next-paint (ms) over the runs */
    interactions: Partial<Record<BundledInteraction, number>>;
  };
  /** longest main-thread tasks on the largest network (ms; 0 = none of 50 ms or more) */
  bigTasks: (BigTasks & { nodes: number }) | null;
  timelineZoom: TimelineZoomResult | null;
  sizes: SizeResult[];
  targets: { name: string; met: boolean | null; detail: string }[];
}

const ratio = (naive: number | null, atlas: number | null) =>
  naive !== null && atlas !== null && atlas > 0 ? naive / atlas : null;

const fmt = (v: number | null, digits = 0) =>
  v === null
    ? '—'
    : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function checkTargets(results: Omit<Results, 'targets'>): Results['targets'] {
  const targets: Results['targets'] = [];
  const limit = (name: string, value: number | null, max: number, unit: string) => {
    if (value === null)
      targets.push({
        name,
        met: false,
        detail: `not measured, target ≤ ${fmt(max)} ${unit}`,
      });
    else
      targets.push({
        name,
        met: value <= max,
        detail:
          value <= max
            ? `${fmt(value, 1)} ${unit} ≤ ${fmt(max)} ${unit}`
            : `target missed by ${fmt(value - max, 1)} ${unit}: ${fmt(value, 1)} ${unit} > ${fmt(max)} ${unit}`,
      });
  };
  const big = results.sizes.find((s) => s.nodes === TARGETS.bigNodes);
  if (big) {
    limit('10,000 nodes: first render', big.atlas.firstRenderMs, TARGETS.bigFirstRenderMs, 'ms');
    limit('10,000 nodes: layout settled', big.atlas.settledMs, TARGETS.bigSettledMs, 'ms');
    limit('10,000 nodes: median frame', big.atlas.frameMs.median, TARGETS.bigMedianFrameMs, 'ms');
  }
  const mid = results.sizes.find((s) => s.nodes === TARGETS.ratioNodes);
  if (mid) {
    const r = mid.frameRatio.mean;
    const name = '3,000 nodes: frame cost vs naive';
    if (r === null) targets.push({ name, met: false, detail: 'not measured' });
    else
      targets.push({
        name,
        met: r >= TARGETS.ratioMin,
        detail:
          r >= TARGETS.ratioMin
            ? `${r.toFixed(1)}× cheaper ≥ ${TARGETS.ratioMin}×`
            : `target missed by ${(TARGETS.ratioMin - r).toFixed(1)}×: ${r.toFixed(1)}× cheaper < ${TARGETS.ratioMin}×`,
      });
  }
  limit(
    'bundled dataset: first render',
    results.bundled.firstRenderMs,
    TARGETS.bundledFirstRenderMs,
    'ms',
  );
  for (const name of BUNDLED_INTERACTIONS)
    limit(
      `bundled dataset: ${name}, input to next paint`,
      results.bundled.interactions[name] ?? null,
      TARGETS.interactionMs,
      'ms',
    );
  const tasks = results.bigTasks;
  const phases = [
    ['while the layout settles', 'settling'],
    ['while hovering', 'hovering'],
    ['while dragging a node', 'dragging'],
    ['at the start and end of wheel and drag gestures', 'gestureEdges'],
  ] as const;
  for (const [label, key] of phases)
    limit(
      `${fmt(tasks?.nodes ?? TARGETS.bigNodes)} nodes: longest task ${label}`,
      tasks ? tasks[key] : null,
      TARGETS.bigLongestTaskMs,
      'ms',
    );
  limit(
    `${fmt(results.timelineZoom?.marks ?? TARGETS.bigNodes)} marks: timeline layout per zoom step (median)`,
    results.timelineZoom?.stepMedianMs ?? null,
    TARGETS.timelineStepMs,
    'ms',
  );
  limit('initial JavaScript, gzipped', results.initialJsGzipKb, TARGETS.initialJsKb, 'KB');
  return targets;
}

function markdown(results: Results): string {
  const lines = [
    '| nodes / edges | page | first render ms | layout settled ms | frame ms mean | median | p95 | CPU ms | frames | heap MB | naive ÷ atlas frame (mean / median) |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const s of results.sizes) {
    for (const variant of ['atlas', 'naive'] as const) {
      const r = s[variant];
      const during = r.panZoomDuring === 'ticking' ? ' ¹' : '';
      lines.push(
        [
          variant === 'atlas' ? `${fmt(s.nodes)} / ${fmt(s.edges)}` : '',
          variant,
          `${fmt(r.firstRenderMs)}${r.firstRenderAfterDataMs !== null ? ` (${fmt(r.firstRenderAfterDataMs)})` : ''}`,
          `${fmt(r.settledMs)}${r.settledAfterDataMs !== null ? ` (${fmt(r.settledAfterDataMs)})` : ''}`,
          `${fmt(r.frameMs.mean, 1)}${during}`,
          fmt(r.frameMs.median, 1),
          fmt(r.frameMs.p95, 1),
          fmt(r.frameMs.cpuMean, 1),
          String(r.pageFrames),
          fmt(r.heapMb, 1),
          variant === 'atlas'
            ? `${s.frameRatio.mean === null ? '—' : `${s.frameRatio.mean.toFixed(1)}×`} / ${s.frameRatio.median === null ? '—' : `${s.frameRatio.median.toFixed(1)}×`}`
            : '',
        ]
          .join(' | ')
          .replace(/^/, '| ')
          .concat(' |'),
      );
    }
  }
  const m = results.machine;
  const b = results.bundled;
  return [
    `Measured ${results.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.ramGb} GB RAM), ${m.os}, Node ${m.node}, Chromium ${m.chromium}, viewport ${VIEWPORT.width}×${VIEWPORT.height}.`,
    ...(results.note ? ['', `Note: ${results.note}`] : []),
    '',
    ...lines,
    '',
    `Times in ms since navigation start; in brackets, since the dataset response ended. Frame cost: main-thread busy time (CDP \`TaskDuration\`) per animation frame while ${results.sizes[0]?.atlas.steps ?? 0} wheel and drag steps are sent at 60 Hz; median and p95 over frames, from chunks of 10 steps; CPU ms is main-thread CPU time (\`ThreadTime\`) per frame, less inflated by other load. Heap: \`JSHeapUsedSize\` of the main thread (workers not included) after layout settled and a forced garbage collection.`,
    '',
    '— no mark within the time limit (see `notes` in bench/results.json). ¹ Measured while the layout was still moving: the naive page is reheated to alpha 1 before its pan/zoom run because it redraws every element on every tick; the atlas is measured after `graph:layout-settled` unless that mark never came.',
    '',
    `Input to next paint on the bundled dataset (Event Timing API, median of ${b.runs} loads; 16 means 16 ms or less): ${BUNDLED_INTERACTIONS.map((n) => `${n} ${fmt(b.interactions[n] ?? null)} ms`).join(' · ')}.`,
    '',
    results.bigTasks
      ? `Longest main-thread task on ${fmt(results.bigTasks.nodes)} nodes (Long Tasks API; 0 means none of 50 ms or more): while the layout settles ${fmt(results.bigTasks.settling)} ms · hovering ${fmt(results.bigTasks.hovering)} ms · dragging a node ${fmt(results.bigTasks.dragging)} ms · start and end of wheel and drag gestures ${fmt(results.bigTasks.gestureEdges)} ms.`
      : 'Longest main-thread tasks on the large network: not measured.',
    '',
    results.timelineZoom
      ? `Timeline of ${fmt(results.timelineZoom.marks)} marks (in Node, no drawing): lanes and rows ${fmt(results.timelineZoom.packMs)} ms once per data or size change; each zoom step (marks and labels placed) ${fmt(results.timelineZoom.stepMedianMs)} ms median, ${fmt(results.timelineZoom.stepMaxMs)} ms at most over ${results.timelineZoom.steps} steps.`
      : 'Timeline zoom step: not measured.',
    '',
    `Bundled dataset (median of ${b.runs}): first render ${fmt(b.firstRenderMs)} ms after navigation start (${fmt(b.firstRenderAfterDataMs)} ms after the dataset arrived), layout settled ${fmt(b.settledMs)} ms, load event ${fmt(b.loadEventMs)} ms. Initial JavaScript: ${results.initialJsGzipKb.toFixed(1)} KB gzipped.`,
    '',
    'Targets:',
    '',
    ...results.targets.map((t) => `- ${t.met ? '✅' : '❌'} ${t.name}: ${t.detail}`),
    '',
  ].join('\n');
}

async function updateReadme(table: string) {
  const path = join(root, 'README.md');
  const readme = await readFile(path, 'utf8');
  const start = '<!-- bench:results -->';
  const end = '<!-- /bench:results -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  await writeFile(path, `${readme.slice(0, from + start.length)}\n\n${table}\n${readme.slice(to)}`);
  log('updated the results in README.md');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  await mkdir(out, { recursive: true });

  if (options.build) await build();
  else if (!(await stat(join(appDir, 'index.html')).catch(() => null)))
    throw new Error('--no-build, but bench/out/dist has no build yet');
  const jsKb = await initialJsGzipKb();
  const graphs = await writeGraphs(options.sizes);

  let browser: Browser | undefined;
  let server: Server | undefined;
  try {
    const served = await serve();
    server = served.server;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: 60_000,
    });
    const chromiumVersion = browser.version();
    log(`serving on ${served.url}, Chromium ${chromiumVersion}`);

    const bundledRuns: PageResult[] = [];
    for (let i = 0; i < options.bundledRuns; i++)
      bundledRuns.push(await measurePage(browser, 'atlas', `${served.url}/`, null, 500, 0));
    const pick = (f: (r: PageResult) => number | null) =>
      median(bundledRuns.map(f).filter((v): v is number => v !== null));
    const bundled = {
      runs: bundledRuns.length,
      firstRenderMs: pick((r) => r.firstRenderMs),
      firstRenderAfterDataMs: pick((r) => r.firstRenderAfterDataMs),
      settledMs: pick((r) => r.settledMs),
      loadEventMs: pick((r) => r.loadEventMs),
    };
    log(`bundled dataset: first render ${fmt(bundled.firstRenderMs)} ms`);
    const interactionRuns: Record<BundledInteraction, number>[] = [];
    for (let i = 0; i < options.bundledRuns; i++) {
      try {
        interactionRuns.push(await measureBundledInteractions(browser, `${served.url}/`, VIEWPORT));
      } catch (error) {
        log(`bundled interactions, run ${i + 1}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    const interactions = Object.fromEntries(
      BUNDLED_INTERACTIONS.map((name) => [name, median(interactionRuns.map((r) => r[name]))]),
    ) as Partial<Record<BundledInteraction, number>>;
    log(
      `bundled interactions (median of ${interactionRuns.length}): ${BUNDLED_INTERACTIONS.map((n) => `${n} ${fmt(interactions[n] ?? null)} ms`).join(', ')}`,
    );
    const bigN = Math.max(...options.sizes);
    let bigTasks: Results['bigTasks'] = null;
    {
      const graph = graphs.get(bigN)!;
      const tasks = await measureBigTasks(
        browser,
        `${served.url}/?data=${encodeURIComponent(graph.urlPath)}`,
        VIEWPORT,
        budgets(bigN).loadMs,
      );
      bigTasks = tasks && { nodes: bigN, ...tasks };
      log(`${bigN} nodes, longest tasks: ${JSON.stringify(tasks)}`);
    }

    const timelineZoom = measureTimelineZoom(bigN, DEFAULT_SEED);
    log(`${bigN} marks, timeline zoom: ${JSON.stringify(timelineZoom)}`);

    const sizes: SizeResult[] = [];
    for (const n of options.sizes) {
      const graph = graphs.get(n)!;
      const query = `?data=${encodeURIComponent(graph.urlPath)}`;
      const measured = {} as Record<Variant, PageResult>;
      for (const variant of ['atlas', 'naive'] as const) {
        if (variant === 'naive' && !options.naive) {
          measured.naive = emptyResult('not measured (--no-naive)');
          continue;
        }
        const t = performance.now();
        const url =
          variant === 'atlas' ? `${served.url}/${query}` : `${served.url}/bench/naive.html${query}`;
        const r = await measurePage(browser, variant, url, graph.urlPath, n, options.steps);
        measured[variant] = r;
        log(
          `${n} nodes, ${variant}: first render ${fmt(r.firstRenderMs)} ms, settled ${fmt(r.settledMs)} ms, ` +
            `frame ${fmt(r.frameMs.mean, 1)} ms (median ${fmt(r.frameMs.median, 1)}) over ${r.pageFrames} frames (${r.steps} input steps), ` +
            `heap ${fmt(r.heapMb, 1)} MB [${((performance.now() - t) / 1000).toFixed(0)} s]` +
            (r.notes.length ? `; ${r.notes.join('; ')}` : '') +
            (r.errors.length ? `; page errors: ${r.errors.join(' | ')}` : ''),
        );
      }
      sizes.push({
        nodes: graph.nodes,
        edges: graph.edges,
        datasetKb: Math.round(graph.bytes / 1024),
        atlas: measured.atlas,
        naive: measured.naive,
        frameRatio: {
          mean: ratio(measured.naive.frameMs.mean, measured.atlas.frameMs.mean),
          median: ratio(measured.naive.frameMs.median, measured.atlas.frameMs.median),
        },
      });
    }

    const partial: Omit<Results, 'targets'> = {
      date: new Date().toISOString(),
      note: options.note,
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        ramGb: Math.round(totalmem() / 2 ** 30),
        os: `${platform()} ${arch()}`,
        node: process.version,
        chromium: chromiumVersion,
      },
      method: {
        build: 'vite build into bench/out/dist on every run (unless --no-build)',
        times:
          'performance mark startTime, ms since navigation start; "AfterData" since the dataset response ended',
        frame:
          'CDP Performance TaskDuration delta divided by the animation frames the page ran, while wheel and drag steps are sent every 16 ms without waiting for the page (it coalesces them if slow); median/p95 over frames, each frame costed at the average of its 10-step chunk; cpuMean uses ThreadTime instead',
        atlasPanZoom: 'after graph:layout-settled (or while ticking if it never came)',
        naivePanZoom:
          'while the simulation ticks: reheated to alpha 1 once it settled or ran out of time',
        heap: "JSHeapUsedSize of the page's main thread (workers not included) after layout settled and a forced garbage collection",
        seed: String(DEFAULT_SEED),
      },
      seed: DEFAULT_SEED,
      initialJsGzipKb: round(jsKb)!,
      bundled: {
        ...bundled,
        firstRenderMs: round(bundled.firstRenderMs),
        firstRenderAfterDataMs: round(bundled.firstRenderAfterDataMs),
        settledMs: round(bundled.settledMs),
        loadEventMs: round(bundled.loadEventMs),
        interactions: Object.fromEntries(
          Object.entries(interactions).map(([k, v]) => [k, round(v ?? null)]),
        ),
      },
      bigTasks,
      timelineZoom: timelineZoom && {
        ...timelineZoom,
        packMs: round(timelineZoom.packMs)!,
        stepMedianMs: round(timelineZoom.stepMedianMs)!,
        stepMaxMs: round(timelineZoom.stepMaxMs)!,
      },
      sizes: sizes.map((s) => ({
        ...s,
        atlas: rounded(s.atlas),
        naive: rounded(s.naive),
        frameRatio: { mean: round(s.frameRatio.mean, 2), median: round(s.frameRatio.median, 2) },
      })),
    };
    const results: Results = { ...partial, targets: checkTargets(partial) };
    const table = markdown(results);
    await writeFile(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(benchDir, 'results.md'), `# Benchmark results\n\n${table}`);
    console.log(`\n${table}`);
    for (const t of results.targets) if (!t.met) console.log(`${t.name}: ${t.detail}`);
    if (options.updateReadme) await updateReadme(table);
    log(
      `wrote bench/results.json and bench/results.md in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await browser?.close().catch(() => {});
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  }
}

function rounded(r: PageResult): PageResult {
  return {
    ...r,
    firstRenderMs: round(r.firstRenderMs),
    settledMs: round(r.settledMs),
    firstRenderAfterDataMs: round(r.firstRenderAfterDataMs),
    settledAfterDataMs: round(r.settledAfterDataMs),
    loadEventMs: round(r.loadEventMs),
    heapMb: round(r.heapMb),
    frameMs: {
      mean: round(r.frameMs.mean, 2),
      median: round(r.frameMs.median, 2),
      p95: round(r.frameMs.p95, 2),
      cpuMean: round(r.frameMs.cpuMean, 2),
    },
  };
}

// Nothing may keep the run alive for ever: a hung browser or server is a crash, not a result.
const watchdog = setTimeout(() => {
  console.error('[bench] gave up after 15 minutes');
  process.exit(2);
}, 15 * 60_000);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error) => {
    console.error(
      '[bench] failed:',
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  },
);
