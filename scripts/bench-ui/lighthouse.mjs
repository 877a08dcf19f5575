import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumExecutablePath } from '../../e2e/browser.mjs';
import { quantile } from './in-page.mjs';

/**
 * Lighthouse 12.2.3 (pinned; it runs on Node 20) on its mobile preset, through npx so the project
 * does not carry it. Chromium runs headless with the flags that keep it off the network. Returns
 * the median of `runs` runs of each figure, and each run's score and TBT, since one run's
 * simulated blocking time varies with the machine's load. Lighthouse runs as a child process
 * while this process goes on serving the page it loads, so the wait for it must not block.
 * @param {string} url
 * @param {number} runs
 */
export async function lighthouse(url, runs) {
  const flags = ['--headless=new', ...chromiumArgs()].join(' ');
  /** @type {Record<string, number>[]} */
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { stdout: json } = await promisify(execFile)(
      'npx',
      [
        '--yes',
        'lighthouse@12.2.3',
        url,
        '--output=json',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${flags}`,
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
        // A run that hangs (seen on a machine at load average 20) must not cost the other figures.
        timeout: 240_000,
        env: { ...process.env, CHROME_PATH: chromiumExecutablePath() ?? '' },
      },
    );
    const report = JSON.parse(json);
    results.push({
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      bestPractices: Math.round(report.categories['best-practices'].score * 100),
      tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
      lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
      fcpMs: Math.round(report.audits['first-contentful-paint'].numericValue),
    });
  }
  const median = (/** @type {string} */ key) =>
    quantile(
      results.map((result) => result[key] ?? Number.NaN),
      0.5,
    );
  return {
    runs,
    each: results.map(({ performance, tbtMs }) => ({ performance, tbtMs })),
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('bestPractices'),
    tbtMs: median('tbtMs'),
    lcpMs: median('lcpMs'),
    fcpMs: median('fcpMs'),
  };
}
