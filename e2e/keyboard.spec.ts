import type { CalculatorPage } from './calculator-page';
import { expect, test } from './fixtures';
import { expectVisibleFocus } from './focus';
import { textOf } from './text';

/** The verdict's words and figures, to tell that a keyboard step changed the answer. */
const verdictText = (calculator: CalculatorPage) => textOf(calculator.verdict);

test('the whole scenario can be set from the keyboard, with the focus always visible', async ({
  calculator,
  page,
}) => {
  await calculator.open();
  let verdict = await verdictText(calculator);
  const expectVerdictChanged = async () => {
    await expect.poll(() => verdictText(calculator)).not.toBe(verdict);
    verdict = await verdictText(calculator);
  };

  await calculator.tabTo(calculator.modelSelect);
  await page.keyboard.press('ArrowDown');
  await expect(calculator.modelSelect).toHaveValue('llama-2-13b');
  await expect(calculator.summary).toContainText('Llama-2-13B');
  await expectVerdictChanged();

  await calculator.tabTo(calculator.radio(calculator.mode, 'Training'));
  await page.keyboard.press('ArrowRight');
  await expect(calculator.radio(calculator.mode, 'Fine-tuning')).toBeChecked();
  await expect(calculator.radio(calculator.mode, 'Fine-tuning')).toBeFocused();
  await expectVisibleFocus(page);
  await expect(calculator.summary).toContainText('LoRA fine-tuning');
  await expectVerdictChanged();

  await calculator.tabTo(calculator.seqLenSlider);
  await page.keyboard.press('ArrowRight');
  await expect(calculator.seqLenBox).toHaveValue('4096');
  await expectVerdictChanged();

  await calculator.tabTo(calculator.advancedSummary);
  await page.keyboard.press('Enter');
  await expect(calculator.advanced).toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(calculator.advanced).not.toHaveAttribute('open');
  await page.keyboard.press('Space');
  await expect(calculator.advanced).toHaveAttribute('open', '');

  const recompute = calculator.advancedSelect('Activation recompute');
  await calculator.tabTo(recompute);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(recompute).toHaveValue('full');
  await expectVerdictChanged();
  await expectVisibleFocus(page);
});

test('every stop of the Tab order shows where the focus is', async ({ calculator, page }) => {
  // About seventy stops, each checked in the page.
  test.slow();
  await calculator.open();
  const seen: string[] = [];
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const isInPage = await page.evaluate(() => document.activeElement !== document.body);
    if (!isInPage) break;
    const focus = await expectVisibleFocus(page);
    if (focus.description === seen[0]) break;
    seen.push(focus.description);
    // Open the folded settings on the way, so their controls are checked too.
    if (focus.description === 'summary "Advanced"') await page.keyboard.press('Enter');
  }
  // The stops include the inputs, the advanced settings, the tables and their buttons.
  expect(seen).toEqual(
    expect.arrayContaining([
      'select "Model"',
      'input[type=range] "Sequence length"',
      'summary "Advanced"',
      'select "Optimizer"',
      expect.stringMatching(/^div "Memory per GPU by part/),
      expect.stringMatching(/^button\[type=button\] "Use this GPU/),
    ]),
  );
});
