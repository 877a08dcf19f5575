import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { textOf } from './text';

/** The issue's case: Llama-3.1-70B in bf16 on H100s, 16 requests of 8k prompt + 1k output. */
const ISSUE_CASE = '?v=1&m=llama-3.1-70b&g=h100-80gb&mo=inference&b=16&s=8192&gen=1024';

test.describe('serving with an engine', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('vLLM is the default: the verdict in its words and a launch command to copy', async ({
    calculator,
    page,
  }) => {
    await calculator.open(ISSUE_CASE);
    const panel = page.getByRole('region', { name: 'Serving engine' });
    await expect(panel.getByRole('combobox', { name: 'Engine' })).toHaveValue('vllm');
    await expect(calculator.headline).toHaveText(
      /^vLLM starts on 4 × H100 80GB with TP 4: [\d.]+ GiB of KV cache, [\d,]+ blocks, \d+ concurrent requests at 9,216 tokens$/,
    );
    const command = panel.getByTestId('launch-command');
    await expect(command).toHaveText(
      /^vllm serve meta-llama\/Llama-3\.1-70B \\\s+--tensor-parallel-size 4 \\\s+--max-model-len 9216 \\\s+--gpu-memory-utilization 0\.92$/,
    );
    await panel.getByRole('button', { name: 'Copy command' }).click();
    await expect(panel.getByRole('status')).toHaveText('Command copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await textOf(command));
  });

  test('choosing an engine and its settings changes the verdict, the command and the link', async ({
    calculator,
    page,
    newCalculator,
  }) => {
    await calculator.open(ISSUE_CASE);
    const panel = page.getByRole('region', { name: 'Serving engine' });
    await panel.getByRole('combobox', { name: 'Engine' }).selectOption({ label: 'SGLang' });
    await expect(calculator.headline).toHaveText(/^SGLang starts on \d+ × H100 80GB/);
    const fraction = panel.getByRole('spinbutton', { name: '--mem-fraction-static' });
    await fraction.fill('85');
    await expect(panel.getByTestId('launch-command')).toContainText('--mem-fraction-static 0.85');
    await calculator.waitForUrl({ en: 'sglang', mf: '0.85' });
    const headline = await textOf(calculator.headline);

    const again = await newCalculator();
    await again.open(new URL(page.url()).search);
    await expect(again.headline).toHaveText(headline);
    await expect(
      again.page.getByRole('region', { name: 'Serving engine' }).getByRole('spinbutton', {
        name: '--mem-fraction-static',
      }),
    ).toHaveValue('85');
  });

  test('a max_model_len longer than the memory allows: vLLM will refuse to start', async ({
    calculator,
    page,
  }) => {
    await calculator.open('?v=1&m=llama-3.1-8b&g=rtx-4090&mo=inference&lay=manual');
    const panel = page.getByRole('region', { name: 'Serving engine' });
    await panel.getByRole('spinbutton', { name: '--max-model-len' }).fill('131072');
    await expect(calculator.headline).toHaveText(
      /^vLLM will refuse to start: one request of 131,072 tokens needs [\d.]+ GiB of KV cache, [\d.]+ GiB is available$/,
    );
    await expect(calculator.verdict).toContainText('what --max-model-len auto picks');
  });

  test('a q8_0 KV cache under llama.cpp: fp8 greyed out with its reason, the flags in the command, the type in the link', async ({
    calculator,
    page,
  }) => {
    test.slow(); // An axe scan on a CPU shared with other suites.
    await calculator.open('?v=1&m=llama-3.1-8b&g=h100-80gb&mo=inference&en=llamacpp');
    await calculator.openAdvanced();
    const kv = calculator.advancedSelect('KV-cache dtype');
    await expect(kv.locator('option', { hasText: /^fp8 e4m3/ })).toBeDisabled();
    await expect(kv.locator('option', { hasText: /^fp8 e4m3/ })).toHaveText(
      /\(not in llama\.cpp; vLLM, SGLang, TensorRT-LLM\)$/,
    );
    await kv.selectOption('q8_0');
    const panel = page.getByRole('region', { name: 'Serving engine' });
    await expect(panel.getByTestId('launch-command')).toContainText('-ctk q8_0 -ctv q8_0 -fa on');
    await calculator.waitForUrl({ kv: 'q8_0' });
    const axe = await new AxeBuilder({ page })
      .include('details')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations).toEqual([]);
  });
});
