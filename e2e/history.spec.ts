import { expect, test } from './fixtures';

test('back and forward between two links restore each one', async ({ calculator, page }) => {
  await calculator.open('?m=llama-2-13b&b=4');
  // An edit is written into the current entry, so coming back shows it.
  await calculator.seqLenSlider.focus();
  await calculator.seqLenSlider.press('ArrowRight');
  await calculator.waitForUrl({ m: 'llama-2-13b', b: '4', s: '4096' });
  const first = await calculator.numbers();

  await calculator.open('?mo=inference&g=a100-80gb&u=GB');
  await expect(calculator.summary).toHaveText(
    /^Llama-2-7B · inference · bf16 · batch 1 × 2,048 prompt/,
  );
  await expect(calculator.gpuSelect).toHaveValue('a100-80gb');
  const second = await calculator.numbers();

  await page.goBack();
  await calculator.waitForEstimate();
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
    v: '1',
    m: 'llama-2-13b',
    b: '4',
    s: '4096',
  });
  await expect(calculator.summary).toHaveText(
    'Llama-2-13B · training · bf16 · batch 4 × 4,096 tokens',
  );
  await expect(calculator.modelSelect).toHaveValue('llama-2-13b');
  await expect(calculator.gpuSelect).toHaveValue('rtx-4090');
  expect(await calculator.numbers()).toEqual(first);

  await page.goForward();
  await calculator.waitForEstimate();
  await expect(calculator.summary).toHaveText(/^Llama-2-7B · inference/);
  await expect(page.getByRole('radio', { name: 'GB', exact: true })).toBeChecked();
  expect(await calculator.numbers()).toEqual(second);
});

test('back and forward within the page (a same-document entry) move the choices with the URL', async ({
  calculator,
  page,
}) => {
  await calculator.open('?b=2');
  // A fragment link adds a history entry without reloading: back/forward then fire popstate.
  await page.evaluate(() => {
    window.location.hash = 'results';
  });
  await calculator.batchSlider.focus();
  await calculator.batchSlider.press('ArrowRight');
  await calculator.waitForUrl({ b: '4' });
  expect(new URL(page.url()).hash).toBe('#results');
  const edited = await calculator.numbers();

  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('b')).toBe('2');
  await expect(calculator.batchBox).toHaveValue('2');
  await expect(calculator.summary).toContainText('batch 2 ×');
  await expect(calculator.urlNotice).toHaveCount(0);

  await page.goForward();
  await expect(calculator.batchBox).toHaveValue('4');
  expect(await calculator.numbers()).toEqual(edited);
});
