/**
 * What the UI benchmark measures inside the page, and how. Every function here drives one
 * Playwright page and returns plain numbers; none asserts anything.
 */

/** Keys pressed per slider run: the warm-up, the measured steps and one more to end the last step. */
export const WARM_UP = 10;
export const STEPS = 100;

/** @param {number[]} values @param {number} q */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Records every long task (50 ms or more on the main thread) from the first script on, in
 * `window.__longTasks`. Runs in the page, before any of its own scripts.
 */
export function recordLongTasks() {
  const w = /** @type {any} */ (window);
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Adds `recordLongTasks` to a page before it navigates.
 * @param {import('@playwright/test').Page} page
 */
export async function watchLongTasks(page) {
  await page.addInitScript(recordLongTasks);
}

/**
 * Long tasks as count, sum, longest and the part over 50 ms of each (Lighthouse's Total Blocking
 * Time counts the same way).
 * @param {number[]} tasks durations in ms
 */
export function summariseLongTasks(tasks) {
  return {
    count: tasks.length,
    totalMs: Math.round(tasks.reduce((sum, d) => sum + d, 0)),
    maxMs: Math.round(Math.max(0, ...tasks)),
    blockingMs: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
  };
}

/**
 * The long tasks recorded since the last call, summarised.
 * @param {import('@playwright/test').Page} page
 */
export async function takeLongTasks(page) {
  /** @type {number[]} */
  const tasks = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return w.__longTasks.splice(0);
  });
  return summariseLongTasks(tasks);
}

/**
 * Waits until the page has been idle for `quietMs`: no network request and no long task starts in
 * that time. Lazy chunks and idle-time work started at load are then done.
 * @param {import('@playwright/test').Page} page
 * @param {number} quietMs
 */
export async function settle(page, quietMs) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    (quiet) =>
      new Promise((resolve) => {
        const w = /** @type {any} */ (window);
        let seen = w.__longTasks.length;
        const check = () => {
          if (w.__longTasks.length === seen) resolve(undefined);
          else {
            seen = w.__longTasks.length;
            setTimeout(check, quiet);
          }
        };
        setTimeout(check, quiet);
      }),
    quietMs,
  );
}

/**
 * Steps a slider with the keyboard and measures, in the page, from the keydown event to a task
 * queued from the next animation frame: that frame is the one that paints the update. The task is
 * a user-blocking scheduler.postTask, so it runs as soon as the frame is done and not behind
 * ordinary tasks such as React's deferred render (a setTimeout would wait for those).
 *
 * With `watchChanges`, a MutationObserver times each step's last DOM change instead: when every
 * number on the page, on screen or not, is current. Watching costs time on every change, so the
 * two are measured in separate runs.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} slider
 * @param {{ watchChanges: boolean, pauseMs: number }} options
 */
export async function measureSlider(page, slider, { watchChanges, pauseMs }) {
  await slider.focus();
  await page.evaluate((watch) => {
    const w = /** @type {any} */ (window);
    w.__latencies = [];
    w.__settled = [];
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
    if (w.__listening) return;
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
  }, watchChanges);
  const before = await page.locator('body').textContent();
  for (let i = 0; i < STEPS + WARM_UP; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(pauseMs);
  }
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(pauseMs * 2);
  const after = await page.locator('body').textContent();
  const { latencies, settled } = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__mutations.disconnect();
    return {
      latencies: /** @type {number[]} */ (w.__latencies),
      settled: /** @type {number[]} */ (w.__settled),
    };
  });
  const steps = (watchChanges ? settled : latencies).slice(WARM_UP, WARM_UP + STEPS);
  return {
    steps: steps.length,
    medianMs: round(quantile(steps, 0.5)),
    p95Ms: round(quantile(steps, 0.95)),
    maxMs: round(Math.max(...steps)),
    changed: before !== after,
  };
}

/**
 * The JS heap in use after a full garbage collection, through the DevTools protocol.
 * @param {import('@playwright/test').CDPSession} cdp
 */
export async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
