import { expect, test, type Page } from '@playwright/test';

/** The first visit installs the service worker, which precaches the build and then controls the page. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('summary')).toContainText('Llama-2-7B');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the page, its charts and a share link work with no network', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('summary')).toContainText('Llama-2-7B');
  await expect(page.locator('.verdict__headline')).not.toBeEmpty();

  const batch = page.getByRole('spinbutton', { name: 'Batch size (exact)' });
  await batch.fill('8');
  await expect(page.getByTestId('summary')).toContainText('batch 8');

  // The charts are separate chunks loaded on first use; they come from the cache too.
  await expect(page.locator('.chart-frame .recharts-surface').first()).toBeVisible();
  const explorer = page.getByRole('region', { name: 'Sampling explorer' });
  await explorer.scrollIntoViewIfNeeded();
  await expect(explorer.locator('.recharts-surface').first()).toBeVisible();

  // A link opened offline gets the cached page, which reads the link as usual.
  await page.goto('/?m=llama-2-13b&b=4');
  await expect(page.getByTestId('summary')).toContainText('Llama-2-13B');
  await expect(page.getByTestId('summary')).toContainText('batch 4');
});

test('offline, the Hub import says plainly that it needs the network', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.reload();
  // Nothing that is not cached gets through: the network really is gone.
  const uncached = await page.evaluate(() =>
    fetch('/not-in-the-cache.txt').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');

  await page
    .getByRole('textbox', { name: 'Hugging Face model id or URL' })
    .fill('mistralai/Mistral-7B-v0.1');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('You are offline, so the Hub cannot be reached')).toBeVisible();
  await expect(page.getByTestId('summary')).toContainText('Llama-2-7B');
});

test('the build has a web manifest the page links to', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href ?? '');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as { name?: string; start_url?: string };
  expect(manifest.name).toBe('LLM GPU memory calculator');
  expect(manifest.start_url).toBe('/');
});
