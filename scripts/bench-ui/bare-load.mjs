import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordLongTasks } from './in-page.mjs';

/**
 * Opens pages in a Chromium of its own, driven over the DevTools protocol through a pipe with only
 * the commands a load measurement needs: the viewport, the CPU slowdown, one script added before
 * the page's own, the navigation and the reads.
 *
 * Playwright (and Lighthouse) enable the protocol's Runtime domain on every page. V8 then records
 * a stack trace with line numbers for every Error the page creates. React DOM creates five at
 * module evaluation (the objects it throws to itself to suspend or to stop hydrating), so V8
 * re-parses the whole script to number their frames: about 80 ms of the page's first task at 4×
 * slowdown that a visitor, who has no DevTools open, never spends. This browser leaves the Runtime
 * domain off, so the long tasks it records are the visitor's.
 *
 * @param {{ executablePath: string, args: string[] }} launch
 */
export async function openBareBrowser({ executablePath, args }) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const child = spawn(
    executablePath,
    [...args, '--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = /** @type {import('node:stream').Writable} */ (child.stdio[3]);
  const fromBrowser = /** @type {import('node:stream').Readable} */ (child.stdio[4]);
  /** @type {Map<number, { resolve: (value: any) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  let nextId = 0;
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (/** @type {string} */ chunk) => {
    const messages = (buffered + chunk).split('\0');
    buffered = messages.pop() ?? '';
    for (const text of messages) {
      const message = JSON.parse(text);
      const waiting = pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${message.error.message} (${message.id})`));
      else waiting.resolve(message.result);
    }
  });

  /**
   * @param {string} method
   * @param {Record<string, unknown>} [params]
   * @param {string} [sessionId]
   * @returns {Promise<any>}
   */
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  return {
    /**
     * Loads `url` on a fresh page, in a browser context of its own as Playwright's pages are, at
     * `rate`× CPU slowdown, and returns its long tasks and first contentful paint once the page
     * and the network have been quiet for `quietMs`. (In the default context even a blank page
     * had long tasks at 4×.)
     * @param {string} url
     * @param {{ width: number, height: number }} viewport
     * @param {number} rate
     * @param {number} quietMs
     */
    async load(url, viewport, rate, quietMs) {
      const { browserContextId } = await send('Target.createBrowserContext', {});
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const inPage = (
        /** @type {string} */ method,
        /** @type {Record<string, unknown>} */ params,
      ) => send(method, params, sessionId);
      await inPage('Page.enable', {});
      await inPage('Emulation.setDeviceMetricsOverride', {
        ...viewport,
        deviceScaleFactor: 1,
        mobile: false,
      });
      await inPage('Emulation.setCPUThrottlingRate', { rate });
      await inPage('Page.addScriptToEvaluateOnNewDocument', { source: `(${recordLongTasks})()` });
      await inPage('Page.navigate', { url });
      const { result } = await inPage('Runtime.evaluate', {
        expression: `(${settledLongTasks})(${quietMs})`,
        awaitPromise: true,
        returnByValue: true,
      });
      await send('Target.closeTarget', { targetId });
      await send('Target.disposeBrowserContext', { browserContextId });
      return /** @type {{ tasks: number[], fcpMs: number | null }} */ (result.value);
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await send('Browser.close').catch(() => child.kill());
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in the page: waits for the load event, then until neither a resource nor a long task has
 * started for `quietMs`, and returns the long tasks and the first contentful paint.
 * @param {number} quietMs
 */
async function settledLongTasks(quietMs) {
  const w = /** @type {any} */ (window);
  if (document.readyState !== 'complete')
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  const seen = () => `${performance.getEntriesByType('resource').length}/${w.__longTasks.length}`;
  for (let before = seen(); ;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = seen();
    if (now === before) break;
    before = now;
  }
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return { tasks: w.__longTasks.slice(), fcpMs: fcp ? Math.round(fcp.startTime) : null };
}
