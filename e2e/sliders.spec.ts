import type { Locator } from '@playwright/test';
import type { CalculatorPage } from './calculator-page';
import { expect, test } from './fixtures';
import { textOf } from './text';

/** Presses a key on a focused control and checks the verdict and the chart both changed. */
async function expectKeyChangesEstimate(calculator: CalculatorPage, control: Locator, key: string) {
  const before = await calculator.numbers();
  const barsBefore = await calculator.barShapes();
  await control.focus();
  await control.press(key);
  await expect.poll(() => textOf(calculator.perGpu)).not.toBe(before.perGpu);
  await expect.poll(() => textOf(calculator.chartTable)).not.toBe(before.chartTable);
  await expect.poll(() => calculator.barShapes()).not.toEqual(barsBefore);
}

test.describe('moving a slider by keyboard changes the numbers and the chart', () => {
  test('batch size', async ({ calculator }) => {
    await calculator.open();
    await expectKeyChangesEstimate(calculator, calculator.batchSlider, 'ArrowRight');
    await expect(calculator.batchSlider).toHaveAttribute('aria-valuetext', '2 sequences');
    await expect(calculator.batchBox).toHaveValue('2');
    await expect(calculator.summary).toContainText('batch 2 ×');
    await expectKeyChangesEstimate(calculator, calculator.batchSlider, 'End');
    await expect(calculator.batchBox).toHaveValue('1024');
  });

  test('sequence length', async ({ calculator }) => {
    await calculator.open();
    await expectKeyChangesEstimate(calculator, calculator.seqLenSlider, 'ArrowRight');
    await expect(calculator.seqLenSlider).toHaveAttribute('aria-valuetext', '4,096 tokens');
    await expect(calculator.seqLenBox).toHaveValue('4096');
    await expectKeyChangesEstimate(calculator, calculator.seqLenSlider, 'ArrowLeft');
    await expect(calculator.seqLenBox).toHaveValue('2048');
  });

  test('precision', async ({ calculator }) => {
    await calculator.open();
    // bf16 and fp16 take the same bytes, so step to fp32, which the training choices allow.
    await expectKeyChangesEstimate(calculator, calculator.precision, 'ArrowUp');
    await expect(calculator.precision).toHaveAttribute(
      'aria-valuetext',
      'fp32, 32 bits per weight',
    );
    await expect(calculator.summary).toContainText('· fp32 ·');
  });

  test('precision in inference, where every format can be chosen', async ({ calculator }) => {
    await calculator.open('?mo=inference&dt=fp16');
    // The formats in order of bits per weight: after the 16-bit floats comes GGUF Q8_0 (8.5).
    await expectKeyChangesEstimate(calculator, calculator.precision, 'ArrowDown');
    await expect(calculator.precision).toHaveAttribute('aria-valuetext', /^GGUF Q8_0, 8\.5 bits/);
    await expect(calculator.summary).toContainText('· GGUF Q8_0 ·');
  });

  test('generated tokens in inference', async ({ calculator }) => {
    await calculator.open();
    await calculator.radio(calculator.mode, 'Inference').check();
    await expect(calculator.generatedSlider).toHaveAttribute('aria-valuetext', '256 tokens');
    await expectKeyChangesEstimate(calculator, calculator.generatedSlider, 'ArrowRight');
    await expect(calculator.generatedSlider).toHaveAttribute('aria-valuetext', '512 tokens');
    await expect(calculator.summary).toContainText('2,048 prompt + 512 generated tokens');
  });
});

test('the regions below the fold follow a slider too', async ({ calculator }) => {
  await calculator.open();
  const { dtypeTable, gpuTable } = calculator;
  const dtypeTotal = await calculator.cell(
    dtypeTable,
    calculator.row(dtypeTable, 'bf16'),
    'Per-GPU total',
  );
  const gpuPerGpu = await calculator.cell(
    gpuTable,
    calculator.row(gpuTable, 'RTX 4090 24GB'),
    'Per GPU',
  );
  const before = { dtype: await textOf(dtypeTotal), gpu: await textOf(gpuPerGpu) };
  await calculator.batchSlider.focus();
  await calculator.batchSlider.press('End');
  await expect(calculator.batchBox).toHaveValue('1024');
  // The tables are off screen while the slider moves; they are current when scrolled to.
  await gpuTable.scrollIntoViewIfNeeded();
  await expect.poll(() => textOf(dtypeTotal)).not.toBe(before.dtype);
  await expect.poll(() => textOf(gpuPerGpu)).not.toBe(before.gpu);
});
