import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNothingRan, IMG, recordDialogs, SCRIPT, watch } from './page-watch';

/**
 * The one inline script the page may hold: the first paint's link guard (scripts/first-paint.mjs),
 * written out here so that any other inline script, or a change to this one, fails the test.
 */
const LINK_GUARD =
  "if(location.search.length>1)document.documentElement.classList.add('opened-from-link')";
const LINK_GUARD_HASH = `'sha256-${createHash('sha256').update(LINK_GUARD).digest('base64')}'`;

/**
 * What the built page must allow, and nothing more: its own files, the link guard by its hash,
 * and requests to the Hub. Written out here rather than imported from
 * scripts/content-security-policy.mjs, so that loosening the build's policy fails this test
 * instead of changing what it expects.
 */
const EXPECTED_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", LINK_GUARD_HASH],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'https://huggingface.co'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const parsePolicy = (text: string): Record<string, string[]> =>
  Object.fromEntries(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([directive, ...sources]) => [directive, sources]),
  );

test('the built page states a policy with only its own scripts and styles, the guard and the Hub', async ({
  page,
}) => {
  const response = await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const text = (await meta.getAttribute('content')) ?? '';
  const policy = parsePolicy(text);
  expect(policy).toEqual(EXPECTED_POLICY);
  for (const forbidden of [
    "'unsafe-inline'",
    "'unsafe-eval'",
    "'wasm-unsafe-eval'",
    '*',
    'http:',
  ]) {
    expect(Object.values(policy).flat()).not.toContain(forbidden);
  }
  // The meta element must come before any script for the browser to apply it to that script.
  const firstInHead = await page.evaluate(() => document.head.firstElementChild?.outerHTML ?? '');
  expect(firstInHead).toContain('Content-Security-Policy');
  // `vite preview` sends the same policy as a header.
  expect(parsePolicy(response?.headers()['content-security-policy'] ?? '')).toEqual(
    EXPECTED_POLICY,
  );
  // No inline script in the served page but the guard.
  const inlineScripts = await page.evaluate(() =>
    [...document.scripts].filter((script) => !script.src).map((script) => script.textContent),
  );
  expect(inlineScripts).toEqual([LINK_GUARD]);
});

test('the policy is enforced: inline script, eval and style attributes are refused', async ({
  page,
}) => {
  const recorded = await watch(page);
  await page.goto('/');
  await expect(page.getByTestId('summary')).toBeVisible();
  // page.evaluate runs outside the page's policy, so the probe is a same-origin script the page loads.
  await page.route('**/csp-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        const script = document.createElement('script');
        script.textContent = 'window.__inline = 1';
        document.body.append(script);
        const styled = document.createElement('div');
        styled.id = 'styled';
        styled.setAttribute('style', 'color: rgb(255, 0, 0)');
        document.body.append(styled);
        let evalOutcome = 'ran';
        try { (0, eval)('1 + 1'); } catch (error) { evalOutcome = error.name; }
        window.__probe = { evalOutcome };
      `,
    }),
  );
  await page.evaluate(() => {
    const probe = document.createElement('script');
    probe.src = '/csp-probe.js';
    document.body.append(probe);
  });
  await page.waitForFunction(() => '__probe' in window);
  const outcome = await page.evaluate(() => ({
    inlineRan: '__inline' in window,
    evalOutcome: (window as unknown as { __probe: { evalOutcome: string } }).__probe.evalOutcome,
    styleApplied: getComputedStyle(document.getElementById('styled')!).color === 'rgb(255, 0, 0)',
  }));
  expect(outcome).toEqual({ inlineRan: false, evalOutcome: 'EvalError', styleApplied: false });
  const { violations } = await recorded();
  // `vite preview` sends the policy as a header too, so each refusal is reported once per copy.
  expect(new Set(violations.map((violation) => violation.directive))).toEqual(
    new Set(['script-src-elem', 'script-src', 'style-src-attr']),
  );
});

test('the main journeys cause no policy violation and no console error', async ({ page }) => {
  const recorded = await watch(page);
  await page.goto('/');
  await expect(page.getByTestId('summary')).toContainText('Llama-2-7B');

  const batch = page.getByRole('slider', { name: 'Batch size' });
  await batch.focus();
  await batch.press('ArrowRight');
  await expect(page.getByTestId('summary')).toContainText('batch 2');

  await page.getByText('Advanced', { exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Safety margin' }).fill('10');
  await page.getByRole('radio', { name: 'GB', exact: true }).check();

  const chartViews = page.getByRole('group', { name: 'Chart shows' });
  for (const view of ['Every GPU', 'Every dtype', 'This scenario']) {
    await chartViews.getByText(view, { exact: true }).click();
    await expect(chartViews.getByRole('radio', { name: view })).toBeChecked();
    await expect(page.locator('.chart-frame .recharts-surface').first()).toBeVisible();
  }

  await page.getByRole('radio', { name: 'Inference' }).check();
  await page
    .getByRole('combobox', { name: 'Model' })
    .selectOption({ label: 'Custom architecture…' });
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeVisible();

  const explorer = page.getByRole('region', { name: 'Sampling explorer' });
  await explorer.scrollIntoViewIfNeeded();
  await expect(explorer.locator('.recharts-surface').first()).toBeVisible();
  await explorer.getByRole('button', { name: /Article example/ }).click();
  const temperature = explorer.getByRole('slider', { name: 'Temperature (T)' });
  await temperature.focus();
  await temperature.press('ArrowRight');
  await explorer.getByRole('radio', { name: 'Your own list' }).check();
  await explorer
    .getByRole('textbox', { name: /Tokens and logits/ })
    .fill('yes\t2\nno\t1\nmaybe\t0.5');
  await expect(explorer.getByText('maybe').first()).toBeAttached();

  const { violations, errors } = await recorded();
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('markup in a share link (model and GPU names) shows as text and runs nothing', async ({
  page,
}) => {
  const dialogs = recordDialogs(page);
  const link = new URLSearchParams({
    'm.name': IMG,
    'm.layers': '32',
    'm.hidden': '4096',
    'm.heads': '32',
    'm.intermediate': '11008',
    'm.vocab': '32000',
    'g.name': SCRIPT,
    'g.memoryBytes': '80GiB',
    'g.labelGB': '80',
    'g.bandwidthBytesPerSecond': '2e12',
    'g.peakFlops': '1e15',
  });
  await page.goto(`/?${link}`);
  await expect(page.getByTestId('summary')).toContainText(IMG);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(IMG);
  await expect(page.getByRole('combobox', { name: 'GPU', exact: true })).toContainText(
    `Custom: ${SCRIPT}`,
  );
  await expect(page.getByRole('textbox', { name: 'GPU name' })).toHaveValue(SCRIPT);
  await expectNothingRan(page, dialogs);
});

test('markup in pasted token names shows as text and runs nothing', async ({ page }) => {
  const dialogs = recordDialogs(page);
  await page.goto('/');
  const explorer = page.getByRole('region', { name: 'Sampling explorer' });
  await explorer.getByRole('radio', { name: 'Your own list' }).check();
  await explorer
    .getByRole('textbox', { name: /Tokens and logits/ })
    .fill(`${IMG}\t3\n${SCRIPT}\t2\nplain\t1`);
  await explorer.getByText('The charts’ numbers as a table').click();
  const table = explorer.getByRole('table', { name: /Probabilities at each step/ });
  await expect(table.getByRole('rowheader', { name: IMG, exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: SCRIPT, exact: true })).toBeVisible();
  // The chart's axis draws the same names as SVG text.
  await expect(explorer.locator('svg text', { hasText: 'plain' }).first()).toBeAttached();
  await expectNothingRan(page, dialogs);
});

/** model_type is shown in the import's summary (an unknown family is named), so both payloads go there. */
const HOSTILE_CONFIG = {
  model_type: `${IMG}${SCRIPT}`,
  architectures: [SCRIPT],
  torch_dtype: SCRIPT,
  num_hidden_layers: 2,
  hidden_size: 64,
  num_attention_heads: 4,
  intermediate_size: 128,
  vocab_size: 1000,
};

test('markup in a Hub response shows as text and runs nothing', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const recorded = await watch(page);
  await page.route('https://huggingface.co/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify(HOSTILE_CONFIG),
    }),
  );
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Hugging Face model id or URL' }).fill('acme/hostile');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(`${IMG}${SCRIPT}`).first()).toBeVisible();
  await expectNothingRan(page, dialogs);
  // Importing parses the config with zod, which must not probe for eval under this policy.
  expect(await recorded()).toEqual({ violations: [], errors: [] });
});

test('markup in a pasted config.json shows as text and runs nothing', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const recorded = await watch(page);
  await page.goto('/');
  await page.getByText('No network, or a gated model? Paste or drop its config.json').click();
  await page
    .getByRole('textbox', { name: 'config.json text' })
    .fill(JSON.stringify(HOSTILE_CONFIG));
  await page.getByRole('button', { name: 'Use the pasted config' }).click();
  await expect(page.getByText(`${IMG}${SCRIPT}`).first()).toBeVisible();
  await expectNothingRan(page, dialogs);
  // Importing parses the config with zod, which must not probe for eval under this policy.
  expect(await recorded()).toEqual({ violations: [], errors: [] });
});
