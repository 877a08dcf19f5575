import { GPU_PRESETS } from '../src/domain/presets/gpus';
import { parseBytes } from './amounts';
import { expect, test } from './fixtures';
import { textOf } from './text';

test('every GPU preset has a row with the GPUs it needs', async ({ calculator }) => {
  await calculator.open();
  const table = calculator.gpuTable;
  await expect(table.locator('tbody tr')).toHaveCount(GPU_PRESETS.length);
  for (const { gpu } of GPU_PRESETS) {
    const row = calculator.row(table, gpu.name);
    await expect(row).toHaveCount(1);
    await expect(await calculator.cell(table, row, 'GPUs needed')).toHaveText(/^[1-9]\d*/);
    const perGpu = parseBytes(await textOf(await calculator.cell(table, row, 'Per GPU')));
    // The cell reads "23.99 GiB" and, below it, the driver's own figure ("nvidia-smi: 24,564 MiB").
    const memory = await calculator.cell(table, row, 'Memory');
    const capacity = parseBytes(await memory.evaluate((td) => td.firstChild?.textContent ?? ''));
    expect(perGpu).toBeLessThanOrEqual(capacity);
    const printed = /(?:nvidia-smi|rocm-smi|Metal): (.+)$/.exec(await textOf(memory))?.[1];
    // 0.005 GiB is the rounding of two decimals.
    if (printed) expect(Math.abs(parseBytes(printed) - capacity)).toBeLessThan(0.006 * 2 ** 30);
    await expect(await calculator.cell(table, row, 'Fits?')).toHaveText('Fits');
  }
});

test('a GPU that nothing fits on says why', async ({ calculator }) => {
  // Grok-1 in fp32 training is far beyond any one node of the small cards.
  await calculator.open('?m=grok-1&dt=fp32&s=8192');
  const rows = calculator.gpuTable.locator('tbody tr').filter({ hasText: 'Does not fit' });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(await calculator.cell(calculator.gpuTable, row, 'GPUs needed')).toHaveText('—');
    await expect(await calculator.cell(calculator.gpuTable, row, 'Fits?')).toHaveText(
      /^Does not fit.+/,
    );
  }
});

test('"Use this GPU" switches the GPU picker and the verdict', async ({ calculator }) => {
  await calculator.open();
  const table = calculator.gpuTable;
  const before = await textOf(calculator.headline);
  const row = calculator.row(table, 'A100 80GB');
  const needed = await textOf(await calculator.cell(table, row, 'GPUs needed'));
  const perGpu = await textOf(await calculator.cell(table, row, 'Per GPU'));

  await row.getByRole('button', { name: 'Use this GPU (A100 80GB)' }).click();

  await expect(calculator.gpuSelect).toHaveValue('a100-80gb');
  await expect(calculator.headline).not.toHaveText(before);
  const count = Number.parseInt(needed, 10);
  await expect(calculator.headline).toHaveText(
    count === 1 ? /^Fits on 1 × A100 80GB/ : new RegExp(` on ${count} × A100 80GB$`),
  );
  await expect(calculator.perGpu).toHaveText(
    new RegExp(`^${perGpu.replace('.', '\\.')} of 76 GiB usable`),
  );
  await expect(row.getByRole('rowheader')).toHaveText('A100 80GB (current)');
  await expect(row.getByRole('button', { name: /In use/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(calculator.row(table, 'RTX 4090 24GB').getByRole('button')).toHaveText(
    /Use this GPU/,
  );
});

test('the chart can draw the same scenario on every GPU', async ({ calculator }) => {
  await calculator.open();
  await calculator
    .radio(calculator.chart.getByRole('group', { name: 'Chart shows' }), 'Every GPU')
    .check();
  await expect(calculator.chartTable).toHaveAccessibleName(/Memory per GPU on each GPU preset/);
  await expect(calculator.chartTable.getByRole('rowheader')).toHaveCount(GPU_PRESETS.length);
  const tops = await calculator.bars.evaluateAll((paths) =>
    paths.map((path) => Math.round(path.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size).toBe(GPU_PRESETS.length);
});
