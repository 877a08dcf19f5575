// UI benchmark: slider step → next painted frame on the production build, and the initial JS size.
// Run with `npm run bench:ui` (it builds first). Prints figures; asserts nothing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumExecutablePath } from '../e2e/browser.mjs';

const STEPS = 60;
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
    [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? ''),
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
 * queued after the next animation frame: that frame is the one that paints the update.
 * @param {import('@playwright/test').Page} page
 * @param {RegExp} name
 */
async function measureSlider(page, name) {
  const slider = page.getByRole('slider', { name }).first();
  await slider.focus();
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__latencies = [];
    w.__slowEvents = 0;
    if (!w.__listening) {
      w.__listening = true;
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
        },
        true,
      );
    }
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') w.__slowEvents++;
    });
    w.__observer.observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: false }));
  });
  const before = await page.locator('main').innerText();
  for (let i = 0; i < STEPS + WARM_UP; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(40);
  }
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  const after = await page.locator('main').innerText();
  const { latencies, slowEvents } = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return { latencies: /** @type {number[]} */ (w.__latencies), slowEvents: /** @type {number} */ (w.__slowEvents) };
  });
  const measured = latencies.slice(WARM_UP, WARM_UP + STEPS);
  return { measured, slowEvents, changed: before !== after };
}

const sizes = bundleSizes();
const server = await preview({ preview: { port: 4174, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({ headless: true, executablePath: chromiumExecutablePath(), args: chromiumArgs() });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto('http://127.0.0.1:4174/');
  await page.getByRole('slider').first().waitFor();
  await page.waitForTimeout(1000);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium headless`);
  console.log(`Initial JS (gzip): ${kb(sizes.initialGzip)}; lazy chunks (gzip): ${kb(sizes.lazyGzip)}`);
  for (const row of sizes.rows) console.log(`  ${row.isInitial ? 'initial' : 'lazy   '} ${row.name}: ${kb(row.raw)} raw, ${kb(row.gzip)} gzip`);
  for (const [label, name] of /** @type {const} */ ([
    ['Sequence length slider', /sequence length/i],
    ['Batch size slider', /batch size/i],
  ])) {
    const { measured, slowEvents, changed } = await measureSlider(page, name);
    console.log(
      `${label}: ${measured.length} steps, median ${quantile(measured, 0.5).toFixed(1)} ms, p95 ${quantile(measured, 0.95).toFixed(1)} ms, ` +
        `max ${Math.max(...measured).toFixed(1)} ms; Event Timing keydowns over 16 ms: ${slowEvents}; page text changed: ${changed}`,
    );
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
