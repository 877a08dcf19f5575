import { expect, test } from './fixtures';
import { scrollToCharts } from './charts';

/**
 * Issue 15's journey: an ML engineer plans a full fine-tune of Llama-3.1-8B on A100 80GB, reads the
 * plan each framework would run, tries DeepSpeed with offload, and checks DeepSpeed's own numbers.
 */
test('plans a full fine-tune by framework, with offload and DeepSpeed’s estimator beside ours', async ({
  calculator,
  page,
}) => {
  await calculator.open('?v=1&m=llama-3.1-8b&g=a100-80gb&mo=finetune&ft=full');

  // Three GPUs of sharding, named by the setting that gives it; never tensor parallel 2.
  await expect(calculator.headline).toHaveText('FSDP shard grad op on 3 × A100 80GB');
  await expect(calculator.headline).toHaveClass(/ok-text/);

  const plans = page.getByRole('region', { name: 'Training plans' });
  const table = plans.getByRole('table', { name: /smallest plan, best first/ });
  await expect(table.getByRole('row', { name: /the verdict's plan/ })).toContainText('3');
  await expect(table.getByRole('row', { name: /^Megatron-LM/ })).toContainText('TP 2');

  // One step on the busiest GPU: drawn, and in a table with the peak marked.
  const step = plans.getByRole('table', { name: /One training step per GPU/ });
  await expect(step.getByRole('row')).toHaveCount(4);
  await expect(step.getByText('the peak')).toHaveCount(1);
  await scrollToCharts(plans);
  await expect(plans.locator('svg.recharts-surface')).toBeVisible();

  // DeepSpeed ZeRO-3 with optimizer and parameter offload to CPU: host memory per node is named.
  await calculator.openAdvanced();
  await calculator.advancedSelect('Framework').selectOption('zero3');
  await calculator.advancedSelect('Optimizer offload').selectOption('cpu');
  await calculator.advancedSelect('Parameter offload').selectOption('cpu');
  await expect(calculator.headline).toHaveText(/^(DeepSpeed ZeRO-3 on \d+|Fits on 1) × A100 80GB/);
  await expect(calculator.verdict).toContainText(
    /Keeps [\d.,]+ GiB in host memory on each node \(optimizer and parameter offload to CPU\)/,
  );
  await calculator.waitForUrl({ fw: 'zero3', oo: 'cpu', opa: 'cpu' });

  // DeepSpeed's printout for these GPUs, beside ours.
  await plans.getByText("DeepSpeed's estimator beside ours").click();
  const deepspeed = plans.getByRole('table', { name: /DeepSpeed's model-state estimate and ours/ });
  await expect(deepspeed.getByRole('row')).toHaveCount(9);
  await expect(deepspeed).toContainText('offload_param=cpu , offload_optimizer=cpu , zero_init=1');
});

test('7B training on RTX 4090s never splits tensors over PCIe, and a link reopens the same plan', async ({
  calculator,
  newCalculator,
}) => {
  await calculator.open();
  await expect(calculator.headline).toHaveText(/^FSDP full shard on \d+ × RTX 4090 24GB$/);
  await expect(calculator.verdict).not.toContainText('tensor parallel');
  await expect(calculator.verdict).toContainText(
    /With full activation checkpointing \(gradient_checkpointing=True/,
  );

  await calculator.openAdvanced();
  await calculator.advancedSelect('Activation count').selectOption('paper');
  await calculator.advancedSelect('Framework').selectOption('megatron');
  const url = await calculator.waitForUrl({ act: 'paper', fw: 'megatron' });
  const before = await calculator.numbers();

  const other = await newCalculator();
  await other.open(url.search);
  expect(await other.numbers()).toEqual(before);
});
