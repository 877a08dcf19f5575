import { expect, test, type Locator, type Page } from '@playwright/test';
import { BAD_INPUT_KINDS, DEFAULT_TYPED, messageFor } from '../src/test/bad-input/catalogue';
import { BAD_INPUT_ROWS } from '../src/test/bad-input/catalogue-rows';
import { textOf } from './text';

/** The text of the error notes a control points at. */
async function errorText(control: Locator): Promise<string | null> {
  return control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const errors = ids
      .filter((id) => id.endsWith('-error'))
      .map((id) => document.getElementById(id)?.textContent ?? '');
    return errors.length > 0 ? errors.join(' ') : null;
  });
}

/**
 * Letters are typed key by key, as a person does (Chromium's number box drops the keys that cannot
 * be part of a number); numbers are pasted in one go, which keeps 400 digits from taking 400 renders.
 */
async function typeInto(box: Locator, typed: string): Promise<void> {
  if (/^[-+.\de]*$/i.test(typed)) {
    await box.fill(typed);
    return;
  }
  await box.fill('');
  await box.pressSequentially(typed, { delay: 0 });
}

/** No computed NaN or Infinity anywhere; a notice quoting what a link said ("got \"NaN\"") is the user's text. */
async function expectReadablePage(page: Page): Promise<void> {
  const text = await textOf(page.locator('body'));
  expect(text.replace(/"[^"]*"/g, '""')).not.toMatch(/NaN|Infinity/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

// A few rows of the catalogue in docs/bad-input.md, typed key by key into the real page in Chromium.
const BROWSER_ROWS = [
  { input: 'Batch size, Sequence length', box: 'Batch size (exact)' },
  { input: 'Utilisation (%)', box: 'Utilisation', open: 'Advanced' },
] as const;

for (const { input, box, ...rest } of BROWSER_ROWS) {
  const row = BAD_INPUT_ROWS.find((candidate) => candidate.input.startsWith(input));
  const target = row?.targets.find(
    (candidate) => candidate.driver.via === 'box' && candidate.driver.box === box,
  );
  test(`bad input in the browser: ${box}`, async ({ page }) => {
    expect(row && target, `catalogue row "${input}"`).toBeTruthy();
    await page.goto('/');
    if ('open' in rest) await page.getByText(rest.open, { exact: true }).click();
    const control = page.getByRole('spinbutton', { name: box });
    for (const kind of BAD_INPUT_KINDS) {
      const { typed = DEFAULT_TYPED[kind], shows } = row!.cases[kind];
      await typeInto(control, typed);
      const message = await errorText(control);
      if (shows === null) expect(message, kind).toBeNull();
      else expect(message, kind).toContain(messageFor(shows, target!));
      await expectReadablePage(page);
    }
  });
}

test('letters typed into a number box are refused, and the box says it needs a number', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('spinbutton', { name: 'Batch size (exact)' });
  await typeInto(box, 'abc');
  await expect(box).toHaveValue('');
  expect(await errorText(box)).toBe('Batch size must be a number');
  // Nothing was stored: the estimate is still the one for batch 1.
  await expect(page.getByTestId('summary')).toContainText('batch 1');
});

test('a hostile, truncated and repeated link still opens a working page', async ({ page }) => {
  const link =
    '?v=1&b=-3&b=8&s=1e300&m.layers=abc&dt=%E0%A4%A&oh=NaN&ut=Infinity&sm=' +
    '9'.repeat(400) +
    '&zz=<b>x</b>&m.na';
  await page.goto(`/${link}`);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toBeVisible();
  await expect(page.getByTestId('summary')).toBeVisible();
  await expectReadablePage(page);
});

test('a region that fails shows its error and a reset, while the rest and the link keep working', async ({
  page,
}) => {
  // The charts measure themselves with ResizeObserver; without it they throw, as a bug in one would.
  await page.addInitScript(() => {
    const original = window.ResizeObserver;
    Object.defineProperty(window, '__restoreResizeObserver', {
      value: () => {
        window.ResizeObserver = original;
      },
    });
    window.ResizeObserver = class {
      constructor() {
        throw new Error('ResizeObserver is unavailable');
      }
    } as unknown as typeof ResizeObserver;
  });
  await page.goto('/');
  // The explorer's charts are drawn, and so fail, once it nears the viewport.
  await page.getByRole('region', { name: 'Sampling explorer' }).scrollIntoViewIfNeeded();
  const failed = page.getByRole('alert', { name: 'Sampling explorer (failed)' });
  await expect(failed).toContainText('This section failed: ResizeObserver is unavailable');

  const batch = page.getByRole('spinbutton', { name: 'Batch size (exact)' });
  await batch.fill('8');
  await expect(page.getByTestId('summary')).toContainText('batch 8');
  await expect(page).toHaveURL(/[?&]b=8(&|$)/);

  await page.evaluate(() =>
    (window as unknown as { __restoreResizeObserver: () => void }).__restoreResizeObserver(),
  );
  await failed.getByRole('button', { name: 'Reset this section' }).click();
  await expect(page.getByRole('heading', { name: 'Sampling explorer' })).toBeVisible();
  await expect(failed).toHaveCount(0);
});
