import { expect, test } from './fixtures';

test("a formula's source opens the method page at its section", async ({ calculator, page }) => {
  // Plain PyTorch serving, whose KV cache is §6's PagedAttention count; an engine's is §11.
  await calculator.open('?mo=inference&en=hf');
  const work = page.getByRole('region', { name: 'Show the work' });
  await work.getByText(/^KV cache: /).click();
  const kv = work.getByRole('group').filter({ hasText: /^KV cache: / });
  await expect(kv.getByRole('link', { name: 'PagedAttention' })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/2309.06180',
  );
  await kv.getByRole('link', { name: 'docs/method.md §6' }).click();
  await expect(page).toHaveURL(/\/method\.html#section-6$/);
  await expect(
    page.getByRole('heading', { name: '6. Inference: KV cache and working set' }),
  ).toBeInViewport();
  await page.getByRole('link', { name: '← Back to the calculator' }).click();
  await expect(calculator.verdict).toBeVisible();
});
