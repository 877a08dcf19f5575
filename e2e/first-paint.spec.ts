import { expect, test } from './fixtures';

// Scripts refused on purpose below, to see the page as it is before they arrive.
test.use({ expectedConsoleErrors: /Failed to load resource/ });

const LINK = '/?v=1&m=llama-3.1-70b&g=h100-80gb&mo=inference&b=16&s=8192&gen=1024';

test.describe('the first paint in index.html', () => {
  test('shows the first view before any script has run, untouchable until the page is live', async ({
    calculator,
    page,
  }) => {
    await page.route(/\.js$/, (route) => route.abort());
    await page.goto('/');
    await expect(calculator.summary).toHaveText(
      'Llama-2-7B · training · bf16 · batch 1 × 2,048 tokens',
    );
    await expect(calculator.headline).toHaveText(/^FSDP full shard on \d+ × RTX 4090 24GB$/);
    await expect(calculator.chart.getByRole('list', { name: 'Chart legend' })).toBeVisible();
    // The Content Security Policy refuses style attributes in markup: the build leaves them out.
    await expect(page.locator('#root [style]')).toHaveCount(0);
    await expect(page.locator('#root > .first-paint')).toHaveAttribute('inert', '');
  });

  test('is hidden from a visit with a link, which waits for its own scenario', async ({
    calculator,
    page,
  }) => {
    await page.route(/\.js$/, (route) => route.abort());
    await page.goto(LINK);
    await expect(page.locator('#root > .first-paint')).toBeAttached();
    await expect(page.locator('#root > .first-paint')).toBeHidden();
    await expect(calculator.headline).toBeHidden();
  });

  test('gives way to the live page on its first commit, in place and once', async ({
    calculator,
    page,
  }) => {
    await calculator.open();
    await expect(page.locator('.first-paint')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(calculator.verdict).toHaveCount(1);

    await calculator.open(LINK.slice(1));
    await expect(calculator.summary).toContainText('Llama-3.1-70B');
    await expect(page.locator('.first-paint')).toHaveCount(0);
  });
});
