import { expect, type Page } from '@playwright/test';

export interface Recorded {
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
}

/** Records every CSP violation from the first script on, and every console error and uncaught exception. */
export async function watch(page: Page): Promise<() => Promise<Recorded>> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; sample: string }[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return async () => ({
    violations: await page.evaluate(
      () => (window as unknown as { __cspViolations: Recorded['violations'] }).__cspViolations,
    ),
    errors,
  });
}

/** Markup and script as a hostile link, config, Hub response or token list carries them. */
export const IMG = '<img src=x onerror=alert(1)>';
export const SCRIPT = '<script>window.__xss=1</script>';

/** Fails on any dialog, and checks afterwards that no script ran and no markup became elements. */
export async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs).toEqual([]);
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((script) => script.textContent?.includes('__xss')).length,
  }));
  expect(state).toEqual({ xss: undefined, images: 0, scripts: 0 });
}

/** Dismisses and records every alert, confirm or prompt: a script from hostile text would open one. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
