import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HUB, fromHub, hubBox, importModel, mockHub } from './hub-mock';

const LLAMA_ID = 'meta-llama/Llama-3.1-8B';
const LLAMA_CONFIG = readFileSync(
  new URL('../src/hub/fixtures/meta-llama_Llama-3.1-8B.json', import.meta.url),
  'utf8',
);
const LLAMA_URL = `${HUB}/${LLAMA_ID}/resolve/main/config.json`;

/** Chromium logs every 4xx/5xx answer to fetch as a console error; the mocked failures are expected. */
const EXPECTED_CONSOLE =
  /^Failed to load resource: the server responded with a status of (401|404|500)/;

// The shared guard fails on any request off the preview server and on any other console or page
// error; the service worker is blocked so every Hub request reaches the page's routes.
test.use({ expectedConsoleErrors: EXPECTED_CONSOLE, serviceWorkers: 'block' });

test.describe('importing a model from the Hugging Face Hub', () => {
  test('sizes the imported model, sends no cookies and links to the id, not the numbers', async ({
    calculator,
    page,
  }) => {
    test.slow(); // Two axe scans (light and dark) on a CPU shared with other suites.
    const headers: Record<string, string>[] = [];
    const asked = await mockHub(page, (route) => {
      headers.push(route.request().headers());
      return route.fulfill(fromHub({ body: LLAMA_CONFIG }));
    });
    await calculator.open();
    await importModel(calculator, `https://huggingface.co/${LLAMA_ID}/blob/main/config.json`);

    await expect(hubBox(page).getByRole('status')).toHaveText(`Imported ${LLAMA_ID}.`);
    await expect(calculator.summary).toContainText(LLAMA_ID);
    await expect(calculator.modelSelect).toHaveValue('custom');
    await expect(page.getByRole('spinbutton', { name: 'Key/value heads (kv)' })).toHaveValue('8');
    expect(asked).toEqual([LLAMA_URL]);
    expect(headers[0]?.cookie).toBeUndefined();
    expect(headers[0]?.referer).toBeUndefined();
    const url = await calculator.waitForUrl({ hf: LLAMA_ID });
    // The numbers come from the Hub again when the link is opened: no model key is written.
    const modelKeys = [...url.searchParams.keys()].filter(
      (key) => key === 'm' || key.startsWith('m.'),
    );
    expect(modelKeys).toEqual([]);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).include('.hub-import').analyze();
      expect(axe.violations, colorScheme).toEqual([]);
    }
  });

  for (const { name, status, headers, body, message } of [
    {
      name: 'a missing model (404)',
      status: 404,
      headers: { 'x-error-code': 'RepoNotFound' },
      body: '',
      message: `Model not found. The Hub found no model ${LLAMA_ID} at revision "main".`,
    },
    {
      name: 'a gated model (401)',
      status: 401,
      headers: {},
      body: '',
      message: 'The Hub requires sign-in for this model.',
    },
    {
      name: 'malformed JSON',
      status: 200,
      headers: {},
      body: '{"num_hidden_layers": 32,',
      message: 'Not JSON. That file is not valid JSON',
    },
  ]) {
    test(`names ${name} and keeps the model`, async ({ calculator, page }) => {
      await mockHub(page, (route) => route.fulfill(fromHub({ status, headers, body })));
      await calculator.open();
      const before = await calculator.numbers();
      await importModel(calculator, LLAMA_ID);
      const alert = hubBox(page).getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('The model was not changed.');
      await expect(calculator.modelSelect).toHaveValue('llama-2-7b');
      expect(await calculator.numbers()).toEqual(before);
      expect(new URL(page.url()).searchParams.has('hf')).toBe(false);
    });
  }

  test('offers the paste path for a gated model, and sizes the pasted file', async ({
    calculator,
    page,
  }) => {
    test.slow(); // An axe scan on a CPU shared with other suites.
    await mockHub(page, (route) => route.fulfill(fromHub({ status: 401 })));
    await calculator.open();
    await importModel(calculator, LLAMA_ID);
    await hubBox(page).getByRole('button', { name: 'Paste the config.json instead' }).click();
    const pasteBox = page.getByRole('textbox', { name: 'config.json text' });
    await expect(pasteBox).toBeFocused();
    await page.emulateMedia({ colorScheme: 'dark' });
    const axe = await new AxeBuilder({ page }).include('.hub-import').analyze();
    expect(axe.violations).toEqual([]);
    await pasteBox.fill(LLAMA_CONFIG);
    await page.getByRole('button', { name: 'Use the pasted config' }).click();
    await expect(hubBox(page).getByRole('status')).toHaveText('Imported LlamaForCausalLM.');
    await expect(calculator.modelSelect).toHaveValue('custom');
  });
});

test.describe('when the Hub is slow or down', () => {
  // The query retries a 5xx and a timeout twice (after 2 s and 4 s) and each attempt waits 15 s, so
  // the page's clock is fast-forwarded instead of the test waiting 50 s: no hook in product code.
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  async function fastForwardUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
    await expect(async () => {
      await page.clock.fastForward(5_000);
      expect(await done()).toBe(true);
    }).toPass({ timeout: 15_000, intervals: [100] });
  }

  test('a server error (500) is asked three times, then named with a way to try again', async ({
    calculator,
    page,
  }) => {
    const asked = await mockHub(page, (route) => route.fulfill(fromHub({ status: 500 })));
    await calculator.open();
    await importModel(calculator, LLAMA_ID);
    const alert = hubBox(page).getByRole('alert');
    await fastForwardUntil(page, () => alert.isVisible());
    await expect(alert).toContainText('The Hub answered with an error (HTTP 500).');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(asked).toHaveLength(3);
    await expect(calculator.modelSelect).toHaveValue('llama-2-7b');
  });

  test('a Hub that never answers times out, and the model is kept', async ({
    calculator,
    page,
  }) => {
    const asked = await mockHub(page, () => {
      // Never fulfilled: the page's own 15-second timeout must end the request.
    });
    await calculator.open();
    await importModel(calculator, LLAMA_ID);
    await expect(hubBox(page).getByRole('status')).toHaveText(`Loading ${LLAMA_ID} from the Hub…`);
    const alert = hubBox(page).getByRole('alert');
    await fastForwardUntil(page, () => alert.isVisible());
    await expect(alert).toContainText('The Hub did not answer within 15 seconds.');
    expect(asked).toHaveLength(3);
    await expect(calculator.modelSelect).toHaveValue('llama-2-7b');
  });
});

test('offline, the box says the import needs the network and asks nothing', async ({
  calculator,
  page,
  context,
}) => {
  const asked = await mockHub(page, (route) => route.fulfill(fromHub({ body: LLAMA_CONFIG })));
  await calculator.open();
  await context.setOffline(true);
  await importModel(calculator, LLAMA_ID);
  await expect(hubBox(page).getByRole('alert')).toContainText('The import needs the network.');
  expect(asked).toEqual([]);
});

test.describe('a share link with hf=', () => {
  test('restores the same estimate in a fresh page, edits included', async ({
    calculator,
    page,
    newCalculator,
  }) => {
    test.slow(); // Two pages, each loading the build, the chart and the import.
    await mockHub(page, (route) => route.fulfill(fromHub({ body: LLAMA_CONFIG })));
    await calculator.open();
    await importModel(calculator, LLAMA_ID);
    await expect(hubBox(page).getByRole('status')).toHaveText(`Imported ${LLAMA_ID}.`);
    // The import scrolls the page to the model's fields; there Playwright's check() of the hidden
    // radio is refused (its own label's text covers it), so the journey clicks the label as people do.
    await calculator.mode.getByText('Inference', { exact: true }).click();
    await expect(calculator.radio(calculator.mode, 'Inference')).toBeChecked();
    await page.getByRole('spinbutton', { name: 'Layers (L)' }).fill('40');
    await page.getByRole('spinbutton', { name: 'Context length' }).fill('8192');
    const url = await calculator.waitForUrl({
      hf: LLAMA_ID,
      mo: 'inference',
      'm.layers': '40',
      'm.maxPositions': '8192',
    });
    expect(url.searchParams.has('m.hidden')).toBe(false);
    const numbers = await calculator.numbers();

    const colleague = await newCalculator({ serviceWorkers: 'block' });
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const asked = await mockHub(colleague.page, async (route) => {
      await answered;
      await route.fulfill(fromHub({ body: LLAMA_CONFIG }));
    });
    await colleague.page.goto(`/${url.search}`);
    await expect(hubBox(colleague.page).getByRole('status')).toContainText(
      `Loading ${LLAMA_ID} from the Hub… The page shows Llama-2-7B until it arrives.`,
    );
    await expect(colleague.summary).toContainText('Llama-2-7B');
    answer();
    await expect(hubBox(colleague.page).getByRole('status')).toHaveText(`Imported ${LLAMA_ID}.`);
    await colleague.waitForEstimate();
    expect(await colleague.numbers()).toEqual(numbers);
    expect(asked).toEqual([LLAMA_URL]);
    await expect(colleague.page.getByRole('spinbutton', { name: 'Layers (L)' })).toHaveValue('40');
    expect(new URL(colleague.page.url()).search).toBe(url.search);
  });

  test('says so when the Hub fails, and the page stays usable', async ({ calculator, page }) => {
    await mockHub(page, (route) =>
      route.fulfill(fromHub({ status: 404, headers: { 'x-error-code': 'RevisionNotFound' } })),
    );
    await calculator.open(`?v=1&hf=${LLAMA_ID}&hfr=v9&b=4`);
    const alert = hubBox(page).getByRole('alert');
    await expect(alert).toContainText(
      `Revision not found. The Hub has no revision "v9" of ${LLAMA_ID}.`,
    );
    await expect(alert).toContainText(
      'so the page shows Llama-2-7B; the rest of the link was applied.',
    );
    await expect(calculator.summary).toContainText('Llama-2-7B');
    await expect(calculator.summary).toContainText('batch 4');
    await calculator.batchBox.fill('8');
    await expect(calculator.summary).toContainText('batch 8');
  });
});
