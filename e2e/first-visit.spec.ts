import { GPU_PRESETS } from '../src/domain/presets/gpus';
import { expect, test } from './fixtures';

// Memory is in GiB by default (issue 16), the unit engines' logs print.
const AMOUNT = /^\d[\d,]*(\.\d+)? (GiB|MiB|KiB)$/;

test('a first visit shows a full estimate with every number in its unit', async ({
  calculator,
  page,
}) => {
  await calculator.open();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM GPU memory calculator');
  await expect(calculator.summary).toHaveText(
    'Llama-2-7B · training · bf16 · batch 1 × 2,048 tokens',
  );

  // Training leads with a framework's plan; RTX 4090s talk over PCIe, so it shards (docs/method.md §12).
  await expect(calculator.headline).toHaveText(/^FSDP full shard on \d+ × RTX 4090 24GB$/);
  await expect(calculator.perGpu).toHaveText(
    // 24,564 MiB × 0.95 / 1,024 = 22.79 GiB.
    /^\d[\d.]* GiB of 22\.8 GiB usable after a 5% allocator margin \(\d[\d.]*%\)$/,
  );
  await expect(calculator.figure(/^Total across \d+ GPUs$/)).toHaveText(AMOUNT);
  const ruleOfThumb = calculator.verdict.getByRole('complementary', { name: /Rule of thumb/ });
  await expect(ruleOfThumb).toContainText(/\d+ GPUs?/);
  await expect(ruleOfThumb).toContainText('Why they differ');

  // The chart: drawn bars inside the card, the capacity line, and the table with the same numbers.
  await expect(calculator.chartSvg).toBeVisible();
  await expect(calculator.bars).toHaveCount(5);
  for (const bar of await calculator.bars.all()) {
    const box = await bar.boundingBox();
    expect(box?.width).toBeGreaterThan(0);
  }
  await expect(calculator.chartSvg).toContainText('Capacity 22.8 GiB');
  await expect(calculator.chart.getByRole('img', { name: /^Stacked bar chart: / })).toBeVisible();
  await expect(calculator.chartTable.getByRole('columnheader')).toHaveText([
    'Bar',
    'Layout',
    'Weights',
    'Gradients',
    'Optimizer states',
    'Activations',
    'Runtime overhead',
    'Total per GPU',
    'Capacity',
    'Fits',
  ]);
  const chartRows = calculator.chartTable.locator('tbody tr');
  await expect(chartRows).toHaveCount(1);
  const amounts = await chartRows.first().locator('td').allTextContents();
  expect(amounts.slice(1, -1)).toEqual(
    Array(amounts.length - 2).fill(expect.stringMatching(AMOUNT)),
  );
  // The table says the same per-GPU total as the verdict.
  const total = amounts.at(-3) ?? '';
  await expect(calculator.perGpu).toHaveText(new RegExp(`^${total.replace('.', '\\.')} of`));

  await expect(calculator.row(calculator.parametersTable, 'Total')).toContainText('6,738,415,616');
  await expect(calculator.dtypeTable.locator('tbody tr')).toHaveCount(9);
  await expect(calculator.gpuTable.locator('tbody tr')).toHaveCount(GPU_PRESETS.length);
  // Nothing broken leaked into the page.
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
});

test('hovering the bar shows every part with its exact bytes, as the table has it', async ({
  calculator,
  page,
}) => {
  await calculator.open();
  await expect(calculator.bars).toHaveCount(5);
  // Read before hovering: the tooltip holds a table of its own inside the chart's card.
  const cells = await calculator.chartTable
    .locator('tbody tr')
    .first()
    .locator('td')
    .allTextContents();
  const headers = await calculator.chartTable.getByRole('columnheader').allTextContents();
  // hover() scrolls the bar into view and puts the pointer on it; Recharts reads it on the next move.
  await calculator.bars.first().hover();
  const box = await calculator.bars.first().boundingBox();
  if (!box) throw new Error('the first part of the bar has no box');
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2, { steps: 2 });

  const tooltip = calculator.chart.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  for (const part of [
    'Weights',
    'Gradients',
    'Optimizer states',
    'Activations',
    'Runtime overhead',
  ]) {
    expect(headers).toContain(part);
    // The row header is the first cell, so a part's amount is one column before its heading.
    const inTable = cells[headers.indexOf(part) - 1];
    expect(inTable).toMatch(/ GiB$/);
    const row = tooltip.getByRole('row', { name: new RegExp(`^${part}`) });
    await expect(row).toContainText(inTable ?? '');
    await expect(row).toContainText(/\d{1,3}(,\d{3})+ bytes$/);
  }
  // About 21.7 GB (10^9 bytes), shown in GiB beside its exact bytes.
  const total = tooltip.getByRole('row', { name: /^Total per GPU/ });
  await expect(total).toContainText(/\d+\.\d GiB\s*21,\d{3},\d{3},\d{3} bytes/);
  const [, gib = '', bytes = ''] =
    /(\d+\.\d) GiB\s*([\d,]+) bytes/.exec((await total.textContent()) ?? '') ?? [];
  expect(Number(bytes.replaceAll(',', '')) / 2 ** 30).toBeCloseTo(Number(gib), 1);
});
