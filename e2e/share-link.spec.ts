import type { CalculatorPage } from './calculator-page';
import { expect, test } from './fixtures';

/** The choices a colleague must see again: every control this journey changes. */
async function controls(calculator: CalculatorPage) {
  await calculator.openAdvanced();
  return {
    model: await calculator.modelSelect.inputValue(),
    gpu: await calculator.gpuSelect.inputValue(),
    isFinetune: await calculator.radio(calculator.mode, 'Fine-tuning').isChecked(),
    batch: await calculator.batchBox.inputValue(),
    seqLen: await calculator.seqLenBox.inputValue(),
    optimizer: await calculator.advancedSelect('Optimizer').inputValue(),
    zeroStage: await calculator.advancedSelect('ZeRO stage (FSDP full shard = 3)').inputValue(),
    isGB: await calculator.page.getByRole('radio', { name: 'GB', exact: true }).isChecked(),
  };
}

test.describe('the share link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('reopens the same numbers in a fresh page, and Copy link confirms', async ({
    calculator,
    page,
    newCalculator,
  }) => {
    // Two pages, every control read twice: past 30 s on a busy 2-core machine.
    test.slow();
    await calculator.open();
    await calculator.radio(calculator.mode, 'Fine-tuning').check();
    await calculator.modelSelect.selectOption('llama-2-13b');
    await calculator.gpuSelect.selectOption('a100-40gb');
    await calculator.batchBox.fill('4');
    await calculator.seqLenBox.fill('3000');
    await calculator.openAdvanced();
    await calculator.advancedSelect('Optimizer').selectOption({ label: '8-bit Adam' });
    await calculator
      .advancedSelect('ZeRO stage (FSDP full shard = 3)')
      .selectOption({ label: '2: + gradients' });
    await page.getByRole('radio', { name: 'GB', exact: true }).check();
    await expect(calculator.summary).toHaveText(
      'Llama-2-13B · LoRA fine-tuning · bf16 · batch 4 × 3,000 tokens',
    );
    await expect(calculator.perGpu).toContainText(' GB');

    const url = await calculator.waitForUrl({
      v: '1',
      mo: 'finetune',
      m: 'llama-2-13b',
      g: 'a100-40gb',
      b: '4',
      s: '3000',
      opt: 'adam-8bit',
      z: '2',
      u: 'GB',
    });
    const numbers = await calculator.numbers();
    const choices = await controls(calculator);

    await calculator.copyLink.click();
    await expect(calculator.shareStatus).toHaveText('Link copied');
    await expect(calculator.shareStatus).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(url.href);

    const colleague = await newCalculator();
    await colleague.page.goto(copied);
    await colleague.waitForEstimate();
    await expect(colleague.urlNotice).toHaveCount(0);
    expect(await colleague.numbers()).toEqual(numbers);
    expect(await controls(colleague)).toEqual(choices);
  });
});

test('a custom architecture travels in the link too', async ({
  calculator,
  page,
  newCalculator,
}) => {
  await calculator.open('?mo=inference');
  await calculator.modelSelect.selectOption({ label: 'Custom architecture…' });
  const editor = page.getByRole('group', { name: 'Custom architecture' });
  await editor.getByRole('textbox', { name: 'Name' }).fill('Lab model');
  await editor.getByRole('spinbutton', { name: 'Layers (L)' }).fill('40');
  await editor.getByRole('spinbutton', { name: 'Key/value heads (kv)' }).fill('8');
  await expect(calculator.summary).toHaveText(/^Lab model · inference/);
  const url = await calculator.waitForUrl({
    'm.name': 'Lab model',
    'm.layers': '40',
    'm.kvHeads': '8',
  });
  const numbers = await calculator.numbers();

  const colleague = await newCalculator();
  await colleague.page.goto(url.href);
  await colleague.waitForEstimate();
  await expect(colleague.urlNotice).toHaveCount(0);
  await expect(colleague.modelSelect).toHaveValue('custom');
  await expect(colleague.page.getByRole('spinbutton', { name: 'Layers (L)' })).toHaveValue('40');
  expect(await colleague.numbers()).toEqual(numbers);
});

test('Copy link falls back to a selected field when the clipboard is missing', async ({
  calculator,
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'clipboard', { value: undefined }),
  );
  await calculator.open('?b=8');
  await calculator.copyLink.click();
  const field = page.getByRole('textbox', { name: 'Link to this scenario' });
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\?v=1&b=8$/);
  await expect(calculator.shareStatus).toHaveText(/Press Ctrl\+C to copy/);
});
