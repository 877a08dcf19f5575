import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test';
import { CalculatorPage } from './calculator-page';

/**
 * Watches a browser context for the two things no journey may cause: a request that leaves the
 * preview server (it is aborted, so nothing reaches the network) and a console error or uncaught
 * page error. Routing the context, not the page, also covers the service worker's requests.
 */
async function watchContext(
  context: BrowserContext,
  origin: string,
  expectedConsoleErrors: RegExp | null,
): Promise<string[]> {
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request outside the preview server: ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsoleErrors?.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  return problems;
}

export interface CalculatorOptions {
  /** Console errors a spec causes on purpose (Chromium logs every mocked 4xx/5xx answer). */
  expectedConsoleErrors: RegExp | null;
}

export interface CalculatorFixtures {
  /** The calculator on the test's own page; call `open()` to load it. */
  calculator: CalculatorPage;
  /** A calculator in a new browser context: no shared history, storage, service worker or clipboard. */
  newCalculator: (options?: BrowserContextOptions) => Promise<CalculatorPage>;
}

// The fixture callback is named `provide`, not Playwright's usual `use`, which the React hooks lint rule would take for React's.
export const test = base.extend<CalculatorFixtures & CalculatorOptions>({
  expectedConsoleErrors: [null, { option: true }],
  context: async ({ context, baseURL, expectedConsoleErrors }, provide) => {
    const problems = await watchContext(
      context,
      new URL(baseURL ?? '').origin,
      expectedConsoleErrors,
    );
    await provide(context);
    expect(problems, 'network requests, console errors and page errors').toEqual([]);
  },
  calculator: async ({ page }, provide) => {
    await provide(new CalculatorPage(page));
  },
  newCalculator: async ({ browser, baseURL, expectedConsoleErrors }, provide) => {
    const opened: { context: BrowserContext; problems: string[] }[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      const problems = await watchContext(
        context,
        new URL(baseURL ?? '').origin,
        expectedConsoleErrors,
      );
      opened.push({ context, problems });
      return new CalculatorPage(await context.newPage());
    });
    for (const { context } of opened) await context.close();
    expect(
      opened.flatMap(({ problems }) => problems),
      'network requests, console errors and page errors in the new contexts',
    ).toEqual([]);
  },
});

export { expect };
