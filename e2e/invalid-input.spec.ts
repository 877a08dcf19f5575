import { expect, test } from './fixtures';
import { textOf } from './text';

const BROKEN_NUMBERS = /NaN|Infinity|undefined|null/;

test('a batch size of 0 is named, breaks nothing, and fixing it restores the estimate', async ({
  calculator,
  page,
}) => {
  await calculator.open();
  const fieldMessage = page.getByText('Batch size must be at least 1, got 0');

  await calculator.batchBox.fill('0');

  await expect(fieldMessage).toBeVisible();
  await expect(calculator.batchBox).toHaveAttribute('aria-invalid', 'true');
  await expect(calculator.batchBox).toHaveAccessibleDescription(
    /Batch size must be at least 1, got 0/,
  );
  await expect(calculator.inputIssues).toBeVisible();
  await expect(calculator.inputIssues.getByRole('listitem')).toHaveText([/^Batch size\b.*\b0\b/]);
  await expect(calculator.headline).toHaveCount(0);
  await expect(calculator.chart).toContainText('Fix the highlighted inputs to see the chart.');
  await expect(calculator.bars).toHaveCount(0);
  expect(await textOf(page.locator('body'))).not.toMatch(BROKEN_NUMBERS);

  await calculator.batchBox.fill('8');

  await expect(fieldMessage).toHaveCount(0);
  await expect(calculator.inputIssues).toHaveCount(0);
  await calculator.waitForEstimate();
  await expect(calculator.summary).toContainText('batch 8 ×');
  await expect(calculator.batchSlider).toHaveAttribute('aria-valuetext', '8 sequences');
  await expect(calculator.dtypeTable.locator('tbody tr')).toHaveCount(9);
  expect(await textOf(page.locator('body'))).not.toMatch(BROKEN_NUMBERS);
});

for (const typed of ['', '-3', '2.5', '1e400', '99999999999']) {
  test(`batch size "${typed}" shows a message naming the field and no broken number`, async ({
    calculator,
    page,
  }) => {
    await calculator.open();
    await calculator.batchBox.fill(typed);
    await expect(calculator.batchBox).toHaveAttribute('aria-invalid', 'true');
    await expect(calculator.batchBox).toHaveAccessibleDescription(/Batch size (must|:)/);
    const scenario = page.getByRole('region', { name: 'Scenario' });
    await expect(scenario.getByText(/^Batch size (must|:)/)).toBeVisible();
    expect(await textOf(page.locator('body'))).not.toMatch(BROKEN_NUMBERS);
    // The slider says the value the box holds (or held last), never NaN.
    await expect(calculator.batchSlider).toHaveAttribute(
      'aria-valuetext',
      /^-?[\d,.]+ sequences?$/,
    );
  });
}
