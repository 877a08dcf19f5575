// UI benchmark on the production build: first-load size, long tasks at load and in the journeys,
// slider steps, heap, each at 1× and 4× CPU slowdown beside a blank page's floor. Run with
// `npm run bench:ui` (it builds first); `-- --lighthouse[=runs]` adds Lighthouse. Asserts nothing.
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumExecutablePath } from '../e2e/browser.mjs';
import { openBareBrowser } from './bench-ui/bare-load.mjs';
import { firstLoad } from './bench-ui/first-load.mjs';
import {
  heapAfterGc,
  measureSlider,
  settle,
  summariseLongTasks,
  takeLongTasks,
  watchLongTasks,
} from './bench-ui/in-page.mjs';
import { runJourneys } from './bench-ui/journeys.mjs';
import { lighthouse } from './bench-ui/lighthouse.mjs';

const RATES = [1, 4];
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const HEAP_STEPS = 1000;
const lighthouseArg = process.argv.find((arg) => arg.startsWith('--lighthouse'));
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
/** `--only=load,sliders,journeys,heap` runs those parts alone, for a quick look while working. */
const parts = new Set((onlyArg?.split('=')[1] ?? 'load,sliders,journeys,heap').split(','));
const lighthouseRuns = lighthouseArg ? Number(lighthouseArg.split('=')[1] ?? 1) : 0;

/** A page with one native range input and an output, served from the same origin: the floor. */
const BLANK_PAGE =
  '<!doctype html><title>Blank</title><label>Blank <input type="range" min="0" max="100" value="50" oninput="o.textContent=this.value"></label><output id="o"></output>';
const BLANK_PATH = '/__bench-blank.html';
const BLANK_URL = `${ORIGIN}${BLANK_PATH}`;

/** A phone's screen for loading (Lighthouse's mobile preset is 412 px wide); a laptop's for steps, where more regions are on screen at once. */
const PHONE = { width: 412, height: 915 };
const LAPTOP = { width: 1440, height: 900 };

/** The pages whose sliders are stepped: the first visit (training), and serving with vLLM, where a step also runs the engine's memory rules and launch command. */
const PAGES = /** @type {const} */ ([
  ['first visit (training)', '/'],
  ['vLLM, Llama-3.1-70B', '/?v=1&m=llama-3.1-70b&g=h100-80gb&mo=inference&b=16&s=8192&gen=1024'],
]);
const SLIDERS = /** @type {const} */ ([
  ['sequence', 'Sequence length'],
  ['batch', 'Batch size'],
  ['precision', 'Precision'],
]);

/** BENCH_DIST measures another build folder (for example one built from an earlier commit), to compare two. */
const dist = process.env.BENCH_DIST ?? new URL('../dist/', import.meta.url).pathname;
/** @type {Record<string, any>} */
const figures = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  loadAverageAtStart: Number(loadavg()[0]?.toFixed(2)),
  firstLoad: firstLoad(dist),
  load: {},
  loadWithRuntime: {},
  sliders: {},
  journeys: {},
};

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ width: number, height: number }} viewport
 * @param {number} rate
 */
async function openPage(browser, viewport, rate) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await watchLongTasks(page);
  return { page, cdp, close: () => context.close() };
}

const quiet = (/** @type {number} */ rate) => (/** @type {any} */ page) => settle(page, 500 * rate);

const LOAD_PAGES = /** @type {const} */ ([
  ['blank', BLANK_URL],
  ['app', `${ORIGIN}/`],
]);

/**
 * Load as a visitor has it: in a browser without the DevTools protocol's Runtime domain
 * (`bare-load.mjs` says why that matters).
 * @param {Awaited<ReturnType<typeof openBareBrowser>>} bare
 * @param {number} rate
 */
async function measureLoad(bare, rate) {
  /** @type {Record<string, any>} */
  const result = {};
  for (const [name, url] of LOAD_PAGES) {
    const { tasks, fcpMs } = await bare.load(url, PHONE, rate, 1000 * rate);
    result[name] = { ...summariseLongTasks(tasks), fcpMs };
  }
  return result;
}

/**
 * The same load through Playwright, which enables the Runtime domain as DevTools and Lighthouse
 * do: the figure earlier rounds reported, and what Lighthouse's Total Blocking Time sees.
 * @param {import('@playwright/test').Browser} browser
 * @param {number} rate
 */
async function measureLoadWithRuntime(browser, rate) {
  /** @type {Record<string, any>} */
  const result = {};
  for (const [name, url] of LOAD_PAGES) {
    const { page, close } = await openPage(browser, PHONE, rate);
    await page.goto(url);
    await settle(page, 1000 * rate);
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    result[name] = { ...(await takeLongTasks(page)), fcpMs: fcp && Math.round(fcp) };
    await close();
  }
  return result;
}

/** @param {import('@playwright/test').Browser} browser @param {number} rate */
async function measureSliders(browser, rate) {
  const pauseMs = 40 * rate;
  /** @type {Record<string, any>} */
  const result = {};
  const blank = await openPage(browser, LAPTOP, rate);
  await blank.page.goto(BLANK_URL);
  const blankSlider = blank.page.getByRole('slider', { name: 'Blank' });
  result.blank = await measureSlider(blank.page, blankSlider, { watchChanges: false, pauseMs });
  await blank.close();
  for (const [pageName, path] of PAGES) {
    const { page, close } = await openPage(browser, LAPTOP, rate);
    await page.goto(`${ORIGIN}${path}`);
    await settle(page, 1000 * rate);
    for (const [sliderName, label] of SLIDERS) {
      const slider = page.getByRole('region', { name: 'Scenario' }).getByRole('slider', {
        name: label,
        exact: true,
      });
      const frame = await measureSlider(page, slider, { watchChanges: false, pauseMs });
      const settled =
        rate === 1 ? await measureSlider(page, slider, { watchChanges: true, pauseMs }) : null;
      result[`${pageName} · ${sliderName}`] = { ...frame, settled };
    }
    await close();
  }
  return result;
}

/** @param {import('@playwright/test').Browser} browser @param {number} rate */
async function measureJourneys(browser, rate) {
  const { page, close } = await openPage(browser, LAPTOP, rate);
  await page.goto(`${ORIGIN}/`);
  await settle(page, 1000 * rate);
  await takeLongTasks(page);
  await runJourneys(page, 150 * rate, quiet(rate));
  const result = await takeLongTasks(page);
  await close();
  return result;
}

/**
 * The heap before and after 1,000 steps, then after 1,000 more: the first round also holds what
 * the first steps set up once (React's second copy of the tree, compiled code), the second only
 * what each step leaves behind.
 * @param {import('@playwright/test').Browser} browser
 */
async function measureHeap(browser) {
  /** @type {Record<string, any>} */
  const result = {};
  for (const [name, url, label] of [
    ['blank', BLANK_URL, 'Blank'],
    ['app', `${ORIGIN}/`, 'Sequence length'],
  ]) {
    const { page, cdp, close } = await openPage(browser, LAPTOP, 1);
    await page.goto(url ?? '');
    await settle(page, 1000);
    await page.getByRole('slider', { name: label, exact: true }).first().focus();
    const marks = [await heapAfterGc(cdp)];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < HEAP_STEPS; i++) {
        await page.keyboard.press(i % 500 < 250 ? 'ArrowRight' : 'ArrowLeft');
        if (i % 10 === 9) await page.waitForTimeout(40);
      }
      await settle(page, 1000);
      marks.push(await heapAfterGc(cdp));
    }
    const [start = 0, afterFirst = 0, afterSecond = 0] = marks;
    result[name ?? ''] = {
      startMB: mb(start),
      endMB: mb(afterFirst),
      growthMB: mb(afterFirst - start),
      secondEndMB: mb(afterSecond),
      secondGrowthMB: mb(afterSecond - afterFirst),
    };
    await close();
  }
  return result;
}

const mb = (/** @type {number} */ bytes) => Math.round((bytes / 2 ** 20) * 100) / 100;
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await preview({
  build: { outDir: dist },
  plugins: [
    {
      name: 'bench-blank-page',
      configurePreviewServer(previewServer) {
        previewServer.middlewares.use(BLANK_PATH, (_request, response) => {
          response.setHeader('Content-Type', 'text/html');
          response.end(BLANK_PAGE);
        });
      },
    },
  ],
  preview: { port: PORT, host: '127.0.0.1', strictPort: true },
  logLevel: 'silent',
});
try {
  // Frame-rate limit off: the next frame starts as soon as the main thread is free, so a step's
  // figure is the page's own work (handlers, React, layout and paint), not the wait for a 60 Hz tick.
  const args = [...chromiumArgs(), '--disable-frame-rate-limit', '--enable-precise-memory-info'];
  if (parts.has('load')) {
    const bare = await openBareBrowser({
      executablePath: chromiumExecutablePath() ?? chromium.executablePath(),
      args,
    });
    try {
      for (const rate of RATES) figures.load[`${rate}x`] = await measureLoad(bare, rate);
    } finally {
      await bare.close();
    }
  }
  const browser = await chromium.launch({
    headless: true,
    executablePath: chromiumExecutablePath(),
    args,
  });
  try {
    for (const rate of RATES) {
      if (parts.has('load'))
        figures.loadWithRuntime[`${rate}x`] = await measureLoadWithRuntime(browser, rate);
      if (parts.has('sliders')) figures.sliders[`${rate}x`] = await measureSliders(browser, rate);
      if (parts.has('journeys'))
        figures.journeys[`${rate}x`] = await measureJourneys(browser, rate);
    }
    if (parts.has('heap')) figures.heap = await measureHeap(browser);
  } finally {
    await browser.close();
  }
  if (lighthouseRuns > 0) {
    try {
      figures.lighthouse = await lighthouse(`${ORIGIN}/`, lighthouseRuns);
    } catch (error) {
      console.log(`Lighthouse did not finish: ${String(error).split('\n')[0]}`);
    }
  }
} finally {
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const f = figures;
console.log(
  `Machine: ${f.machine}; load average at start ${f.loadAverageAtStart}; Chromium headless, frame-rate limit off`,
);
console.log(
  `First load (the JS and CSS index.html loads, gzip): ${kb(f.firstLoad.totalGzip)} = JS ${kb(f.firstLoad.jsGzip)} + CSS ${kb(f.firstLoad.cssGzip)}`,
);
console.log(
  `  index.html, with the first paint in it: ${kb(f.firstLoad.html.raw)} raw, ${kb(f.firstLoad.html.gzip)} gzip`,
);
for (const row of f.firstLoad.rows)
  console.log(`  ${row.file}: ${kb(row.raw)} raw, ${kb(row.gzip)} gzip`);
/** @type {string[][]} */
const rows = [];
for (const rate of RATES) {
  const r = `${rate}x`;
  const tasks = (/** @type {any} */ t) =>
    `${t.count} long, max ${t.maxMs} ms, sum ${t.totalMs} ms, blocking ${t.blockingMs} ms`;
  const load = f.load[r];
  if (load) {
    rows.push([`load ${r} (412 px)`, tasks(load.app), tasks(load.blank)]);
    rows.push([`  first contentful paint ${r}`, `${load.app.fcpMs} ms`, `${load.blank.fcpMs} ms`]);
  }
  const withRuntime = f.loadWithRuntime[r];
  if (withRuntime)
    rows.push([
      `  with DevTools' Runtime domain on`,
      tasks(withRuntime.app),
      tasks(withRuntime.blank),
    ]);
  for (const [name, step] of Object.entries(f.sliders[r] ?? {})) {
    if (name === 'blank') continue;
    const floor = f.sliders[r].blank;
    rows.push([
      `step ${r} ${name}`,
      `median ${step.medianMs} ms, p95 ${step.p95Ms} ms, max ${step.maxMs} ms${step.changed ? '' : ' (NO CHANGE)'}`,
      `median ${floor.medianMs} ms, p95 ${floor.p95Ms} ms`,
    ]);
    if (step.settled)
      rows.push([
        `  every region current`,
        `median ${step.settled.medianMs} ms, p95 ${step.settled.p95Ms} ms`,
        '',
      ]);
  }
  if (f.journeys[r]) rows.push([`journeys ${r}`, tasks(f.journeys[r]), '']);
}
const signedMB = (/** @type {number} */ value) => `${value >= 0 ? '+' : ''}${value} MB`;
if (f.heap)
  rows.push(
    [
      `heap, ${HEAP_STEPS} steps + GC`,
      `${f.heap.app.startMB} → ${f.heap.app.endMB} MB (${signedMB(f.heap.app.growthMB)})`,
      `${f.heap.blank.startMB} → ${f.heap.blank.endMB} MB`,
    ],
    [
      `  ${HEAP_STEPS} steps more + GC`,
      `${f.heap.app.endMB} → ${f.heap.app.secondEndMB} MB (${signedMB(f.heap.app.secondGrowthMB)})`,
      `${f.heap.blank.endMB} → ${f.heap.blank.secondEndMB} MB`,
    ],
  );
if (f.lighthouse) {
  const l = f.lighthouse;
  const eachRun = l.each
    .map(
      (/** @type {{ performance: number, tbtMs: number }} */ run) =>
        `${run.performance} (TBT ${run.tbtMs} ms)`,
    )
    .join(', ');
  rows.push([
    `Lighthouse 12.2.3 mobile (median of ${l.runs})`,
    `performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.bestPractices}, TBT ${l.tbtMs} ms, LCP ${l.lcpMs} ms; each run: ${eachRun}`,
    '',
  ]);
}
const widths = [0, 1, 2].map((i) =>
  Math.max(
    ...[['figure', 'page', 'blank page (floor)'], ...rows].map((row) => (row[i] ?? '').length),
  ),
);
for (const row of [['figure', 'page', 'blank page (floor)'], ...rows])
  console.log(row.map((cell, i) => (cell ?? '').padEnd(widths[i] ?? 0)).join(' │ '));
console.log(`BENCH_UI_JSON ${JSON.stringify(figures)}`);
