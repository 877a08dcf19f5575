// UI benchmark: slider step → next painted frame on the production build, and the initial JS size.
// Run with `npm run bench:ui` (it builds first). Prints figures; asserts nothing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumExecutablePath } from '../e2e/browser.mjs';

const STEPS = 100;
const WARM_UP = 10;
const dist = new URL('../dist/', import.meta.url).pathname;

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [
      ...html.matchAll(
        /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g,
      ),
    ].map((m) => m[1] ?? ''),
  );
  const assets = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  let initialGzip = 0;
  let lazyGzip = 0;
  const rows = [];
  for (const name of assets) {
    const file = join(dist, 'assets', name);
    const gzip = gzipSync(readFileSync(file)).length;
    const isInitial = initial.has(`assets/${name}`);
    if (isInitial) initialGzip += gzip;
    else lazyGzip += gzip;
    rows.push({ name, raw: statSync(file).size, gzip, isInitial });
  }
  return { initialGzip, lazyGzip, rows };
}

/**
 * Steps a slider with the keyboard and measures, in the page, from the keydown event to a task
 * queued from the next animation frame: that frame is the one that paints the update. The task is
 * a user-blocking scheduler.postTask, so it runs as soon as the frame is done and not behind
 * ordinary tasks such as React's deferred render (a setTimeout would wait for those).
 *
 * Result regions off screen update in that deferred render after the frame. With `watchChanges`,
 * a MutationObserver times each step's last DOM change instead: when every number on the page is
 * current. Watching costs time on every change, so the two are measured in separate runs.
 * @param {import('@playwright/test').Page} page
 * @param {RegExp} name
 * @param {{ watchChanges: boolean }} options
 */
async function measureSlider(page, name, { watchChanges }) {
  const slider = page.getByRole('slider', { name }).first();
  await slider.focus();
  await page.evaluate((watch) => {
    const w = /** @type {any} */ (window);
    w.__latencies = [];
    w.__settled = [];
    w.__slowEvents = [];
    w.__stepStart = undefined;
    w.__lastChange = 0;
    w.__mutations ??= new MutationObserver(() => {
      w.__lastChange = performance.now();
    });
    w.__mutations.disconnect();
    if (watch)
      w.__mutations.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    if (!w.__listening) {
      w.__listening = true;
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          if (w.__stepStart !== undefined && w.__lastChange > w.__stepStart)
            w.__settled.push(w.__lastChange - w.__stepStart);
          w.__stepStart = start;
          requestAnimationFrame(() =>
            /** @type {any} */ (globalThis).scheduler.postTask(
              () => w.__latencies.push(performance.now() - start),
              { priority: 'user-blocking' },
            ),
          );
        },
        true,
      );
    }
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'keydown') w.__slowEvents.push(entry.duration);
    });
    w.__observer.observe(
      /** @type {PerformanceObserverInit} */ ({
        type: 'event',
        durationThreshold: 16,
        buffered: false,
      }),
    );
  }, watchChanges);
  const before = await page.locator('body').textContent();
  for (let i = 0; i < STEPS + WARM_UP; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(40);
  }
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  const after = await page.locator('body').textContent();
  const { latencies, settled, slowEvents } = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__mutations.disconnect();
    return {
      latencies: /** @type {number[]} */ (w.__latencies),
      settled: /** @type {number[]} */ (w.__settled),
      slowEvents: /** @type {number[]} */ (w.__slowEvents),
    };
  });
  return {
    measured: latencies.slice(WARM_UP, WARM_UP + STEPS),
    settled: settled.slice(WARM_UP, WARM_UP + STEPS),
    slowEvents,
    changed: before !== after,
  };
}

/** A page with one native range input and an output: the latency floor of the measurement itself. */
const BLANK_PAGE =
  '<label>Blank <input type="range" min="0" max="100" value="50" oninput="o.textContent=this.value"></label><output id="o"></output>';

/** Keys pressed per run: the warm-up, the measured steps and one more to end the last step. */
const PRESSES = WARM_UP + STEPS + 1;

/**
 * Event Timing's view: from the keydown to the frame that shows it on screen, in 8 ms steps, so it
 * includes raster and compositing on other threads. The browser reports only durations of 16 ms or more.
 * @param {number[]} durations
 */
const eventTiming = (durations) =>
  `Event Timing (to the frame on screen, 8 ms steps): ${durations.length} of ${PRESSES} keydowns at 16 ms or more` +
  (durations.length > 0
    ? `, of those median ${quantile(durations, 0.5)} ms, max ${Math.max(...durations)} ms`
    : '');

/** @param {number[]} values */
const summary = (values) =>
  `${values.length} steps, median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;

/**
 * Two frame clocks. Headless Chromium paints at 60 Hz like a display, so a keydown waits up to one
 * frame (16.7 ms) for the frame that shows it even when the page does no work: the blank page's p95
 * is that wait. With the frame-rate limit off, the next frame starts as soon as the main thread is
 * free, so the figure is the page's own cost: handlers, React, layout and paint.
 */
const CLOCKS = /** @type {const} */ ([
  ['60 Hz frames (as a display paints)', []],
  ["frame-rate limit off (the page's own work)", ['--disable-frame-rate-limit']],
]);

/**
 * The pages whose sliders are stepped: the first visit (training), and serving with vLLM, where a
 * step also runs the engine's memory rules, its layout search and its launch command.
 */
const PAGES = /** @type {const} */ ([
  ['First visit (training)', ''],
  [
    'Inference with vLLM (Llama-3.1-70B, H100, 16 × 8k + 1k)',
    '?v=1&m=llama-3.1-70b&g=h100-80gb&mo=inference&b=16&s=8192&gen=1024',
  ],
]);

const sizes = bundleSizes();
const server = await preview({
  preview: { port: 4174, host: '127.0.0.1', strictPort: true },
  logLevel: 'silent',
});
try {
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg()[0]?.toFixed(2)}, Chromium headless`,
  );
  console.log(
    `Initial JS (gzip): ${kb(sizes.initialGzip)}; lazy chunks (gzip): ${kb(sizes.lazyGzip)}`,
  );
  for (const row of sizes.rows)
    console.log(
      `  ${row.isInitial ? 'initial' : 'lazy   '} ${row.name}: ${kb(row.raw)} raw, ${kb(row.gzip)} gzip`,
    );
  for (const [clock, flags] of CLOCKS) {
    const browser = await chromium.launch({
      headless: true,
      executablePath: chromiumExecutablePath(),
      args: [...chromiumArgs(), ...flags],
    });
    try {
      console.log(`\n${clock}: keydown → next frame → task`);
      const blank = await browser.newPage();
      await blank.setContent(BLANK_PAGE);
      const floor = await measureSlider(blank, /blank/i, { watchChanges: false });
      console.log(
        `  Blank page (the floor): ${summary(floor.measured)}; ${eventTiming(floor.slowEvents)}`,
      );
      await blank.close();

      for (const [scenario, search] of PAGES) {
        console.log(`  ${scenario}:`);
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(`http://127.0.0.1:4174/${search}`);
        await page.getByRole('slider').first().waitFor();
        await page.waitForTimeout(1000);
        for (const [label, name] of /** @type {const} */ ([
          ['Sequence length slider', /sequence length/i],
          ['Batch size slider', /batch size/i],
        ])) {
          const frames = await measureSlider(page, name, { watchChanges: false });
          console.log(
            `    ${label}: ${summary(frames.measured)}; ${eventTiming(frames.slowEvents)}; page text changed: ${frames.changed}`,
          );
          const { settled } = await measureSlider(page, name, { watchChanges: true });
          console.log(
            `      to the step's last DOM change (every region current): ${summary(settled)}`,
          );
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await new Promise((resolve) => server.httpServer.close(resolve));
}
