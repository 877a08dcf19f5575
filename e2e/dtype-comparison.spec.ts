import { parseBytes } from './amounts';
import { expect, test } from './fixtures';
import { textOf } from './text';

const DTYPES = [
  'fp32',
  'bf16',
  'fp16',
  'fp8 (per-tensor scale)',
  'int8 (LLM.int8)',
  'int4 (group 128)',
  'AWQ int4 (g128)',
  'bitsandbytes NF4',
  'GGUF Q4_K_M',
];
const pattern = (text: string) => text.replace(/[()]/g, '\\$&');

test('in training, the dtypes that cannot be trained say why instead of numbers', async ({
  calculator,
}) => {
  await calculator.open();
  const table = calculator.dtypeTable;
  await expect(table.getByRole('rowheader')).toHaveText(
    DTYPES.map((d) => new RegExp(`^${pattern(d)}( \\(current\\))?$`)),
  );
  for (const dtype of ['fp32', 'bf16', 'fp16']) {
    const row = calculator.row(table, dtype);
    await expect(await calculator.cell(table, row, 'Weights')).toHaveText(/ GiB$/);
    await expect(await calculator.cell(table, row, 'GPUs needed')).toHaveText(/^\d/);
  }
  for (const dtype of ['int8 (LLM.int8)', 'int4 (group 128)', 'GGUF Q4_K_M']) {
    const row = calculator.row(table, dtype);
    await expect(row.getByRole('cell')).toHaveCount(1);
    await expect(row.getByRole('cell')).toHaveText(
      new RegExp(`^Does not apply: ${pattern(dtype)} weights cannot be trained directly`),
    );
    await expect(row).not.toContainText(/\d Gi?B/);
  }
});

test('in inference, every dtype has numbers and the weights shrink from fp32 to int4', async ({
  calculator,
}) => {
  // On a 192 GB GPU every dtype fits on one, so per-GPU weights are the whole model's.
  await calculator.open('?mo=inference&g=mi300x-192gb');
  const table = calculator.dtypeTable;
  await expect(table.locator('tbody tr')).toHaveCount(DTYPES.length);
  await expect(table).not.toContainText('Does not apply');
  const weights: number[] = [];
  for (const dtype of DTYPES) {
    const row = calculator.row(table, dtype);
    weights.push(parseBytes(await textOf(await calculator.cell(table, row, 'Weights'))));
    parseBytes(await textOf(await calculator.cell(table, row, 'KV cache')));
    parseBytes(await textOf(await calculator.cell(table, row, 'Per-GPU total')));
    await expect(await calculator.cell(table, row, 'GPUs needed')).toHaveText(/^\d/);
  }
  const [fp32 = 0, bf16 = 0, fp16 = 0, fp8 = 0, int8 = 0, int4 = 0, awq = 0, nf4 = 0, q4km = 0] =
    weights;
  expect(fp32).toBeGreaterThan(bf16);
  expect(bf16).toBe(fp16);
  expect(fp16).toBeGreaterThan(Math.max(fp8, int8));
  expect(Math.min(fp8, int8)).toBeGreaterThan(int4);
  // 16-bit weights are half of fp32. The 8-bit formats are about half of 16-bit, int8 a little more
  // for its scales; int4 a little over a quarter (16-bit embeddings and head, per-group scales).
  expect(bf16 / fp32).toBeCloseTo(0.5, 2);
  expect(int8).toBeGreaterThanOrEqual(fp8);
  expect(int8 / fp8).toBeLessThan(1.05);
  expect(int4 / bf16).toBeGreaterThan(0.25);
  expect(int4 / bf16).toBeLessThan(0.35);
  // AWQ adds zero points to int4's scales; NF4 an fp32 absmax per 64; GGUF Q4_K_M gives some layers
  // 6 bits but quantizes the embeddings and head too.
  expect(awq).toBeGreaterThan(int4);
  expect(nf4).toBeGreaterThan(awq);
  expect(q4km).toBeGreaterThan(awq);
  expect(q4km).toBeLessThan(int8);
});

test('the chart draws a bar for every dtype', async ({ calculator }) => {
  await calculator.open('?mo=inference');
  const chartView = calculator.chart.getByRole('group', { name: 'Chart shows' });
  await calculator.radio(chartView, 'Every dtype').check();
  await expect(calculator.chartTable).toHaveAccessibleName(/Memory per GPU in each dtype/);
  await expect(calculator.chartTable.getByRole('rowheader')).toHaveText(
    DTYPES.map((d) => new RegExp(pattern(d))),
  );
  // One bar per format, each stacked from several parts, at as many distinct heights.
  const tops = await calculator.bars.evaluateAll((paths) =>
    paths.map((path) => Math.round(path.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size).toBe(DTYPES.length);
  expect(tops.length).toBeGreaterThanOrEqual(DTYPES.length * 3);
});

test('in training, the dtype chart leaves out the dtypes that do not apply and says so', async ({
  calculator,
}) => {
  await calculator.open();
  await calculator
    .radio(calculator.chart.getByRole('group', { name: 'Chart shows' }), 'Every dtype')
    .check();
  await expect(calculator.chartTable.getByRole('rowheader')).toHaveText([/fp32/, /bf16/, /fp16/]);
  const notes = calculator.chart.getByRole('list', { name: 'Not shown' });
  for (const dtype of ['fp8', 'int8', 'int4', 'GGUF Q4_K_M'])
    await expect(notes).toContainText(dtype);
  await expect(calculator.bars.first()).toBeVisible();
});
