import { GPU_PRESETS } from '../src/domain/presets/gpus';
import { expect, test } from './fixtures';

test('a broken link opens with those fields at their defaults and a dismissable notice', async ({
  calculator,
  newCalculator,
}) => {
  await calculator.open('?v=1&b=-3&dt=fp64&zz=1&m=nope&g=h100-80gb');

  const notice = calculator.urlNotice;
  await expect(notice).toBeVisible();
  const items = notice.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.filter({ hasText: 'Batch size (b)' })).toContainText('-3');
  await expect(items.filter({ hasText: '(dt)' })).toContainText('fp64');
  await expect(items.filter({ hasText: '"zz"' })).toContainText('ignored');
  await expect(items.filter({ hasText: 'Model (m)' })).toContainText('nope');

  // The bad fields are back at their defaults; the good one (the GPU) was applied.
  await expect(calculator.batchBox).toHaveValue('1');
  await expect(calculator.precision).toHaveAttribute('aria-valuetext', /^bf16,/);
  await expect(calculator.modelSelect).toHaveValue('llama-2-7b');
  await expect(calculator.gpuSelect).toHaveValue('h100-80gb');
  await expect(calculator.summary).toHaveText(
    'Llama-2-7B · training · bf16 · batch 1 × 2,048 tokens',
  );

  // A full estimate, the same one a clean link to the good fields gives.
  await expect(calculator.dtypeTable.locator('tbody tr')).toHaveCount(9);
  await expect(calculator.gpuTable.locator('tbody tr')).toHaveCount(GPU_PRESETS.length);
  const clean = await newCalculator();
  await clean.open('?g=h100-80gb');
  expect(await calculator.numbers()).toEqual(await clean.numbers());

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(calculator.headline).toBeVisible();
});
