import type { Locator, Page } from '@playwright/test';
import { parseBytes } from './amounts';
import type { CalculatorPage } from './calculator-page';
import { expect, test } from './fixtures';
import { textOf } from './text';

/** The per-GPU amount at the start of the verdict's "Per GPU" figure, in bytes. */
async function perGpuBytes(calculator: CalculatorPage): Promise<number> {
  const amount = /^[\d.,]+ [KMGT]i?B/.exec(await textOf(calculator.perGpu))?.[0];
  if (!amount) throw new Error('the verdict shows no per-GPU amount');
  return parseBytes(amount);
}

/**
 * A table's scroll box can be reached and scrolled by keyboard alone when its columns are wider
 * than the screen: it takes focus, has a name, and the arrow keys move it.
 */
async function expectReachable(page: Page, scroller: Locator) {
  await expect(scroller).toHaveAttribute('tabindex', '0');
  await expect(scroller).toHaveAccessibleName(/\S/);
  const overflows = await scroller.evaluate((box) => box.scrollWidth > box.clientWidth + 1);
  if (!overflows) return;
  await scroller.focus();
  await expect(scroller).toBeFocused();
  // Each press scrolls the focused box sideways; on a busy machine the first may land before layout.
  await expect
    .poll(async () => {
      await page.keyboard.press('ArrowRight');
      return scroller.evaluate((box) => box.scrollLeft);
    })
    .toBeGreaterThan(0);
}

/** The page never scrolls sideways: anything wide scrolls in its own box. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
}

for (const width of [360, 1440] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the precision slider steps by keyboard, names each format and memory falls', async ({
      calculator,
      page,
    }) => {
      // A dozen steps, each waiting for the page: slow on a busy 2-core machine.
      test.slow();
      // Plain PyTorch serving: the weights are the memory that moves (vLLM would take its budget).
      await calculator.open('?mo=inference&en=hf');
      const slider = calculator.precision;
      await slider.focus();
      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuetext', /^fp32, 32 bits per weight$/);
      const steps = [{ name: 'fp32', bits: 32, bytes: await perGpuBytes(calculator) }];
      // Step to the last format the mode can use, one key press at a time.
      for (let step = 0; step < 40; step++) {
        const before = await slider.getAttribute('aria-valuetext');
        await page.keyboard.press('ArrowRight');
        const after = await slider.getAttribute('aria-valuetext');
        if (after === before) break;
        const [, name = '', bitsText] = /^(.+), ([\d.]+) bits per weight$/.exec(after ?? '') ?? [];
        expect(name, `"${after}" names a format`).not.toBe('');
        // The visible name above the slider and the verdict's summary say the same.
        await expect(page.locator('.precision-slider__current strong')).toHaveText(name);
        await expect(calculator.summary).toContainText(` · ${name} · `);
        steps.push({ name, bits: Number(bitsText), bytes: await perGpuBytes(calculator) });
      }
      // The stops are in order of this model's weight bytes (workload-form.test.tsx checks each
      // step's weights). The total may still rise a little where the compute precision changes:
      // GGUF's activations are F32, so stepping into it from a 16-bit-compute format adds some.
      let falls = 0;
      for (const [at, now] of steps.entries()) {
        const before = steps[at - 1];
        if (!before) continue;
        expect(now.bytes, `${now.name} after ${before.name}`).toBeLessThanOrEqual(
          before.bytes * 1.05,
        );
        if (now.bytes < before.bytes) falls++;
      }
      const [first, last] = [steps[0], steps.at(-1)];
      expect(steps.length).toBeGreaterThan(20);
      expect(falls).toBeGreaterThan(15);
      expect(last?.name).toBe('GGUF Q2_K');
      // fp32 needs two RTX 4090s, so its per-GPU figure is half the model.
      expect(last?.bytes ?? Infinity).toBeLessThan((first?.bytes ?? 0) / 2);
      await calculator.waitForUrl({ mo: 'inference' });
      expect(new URL(page.url()).searchParams.get('dt')).not.toBeNull();
      await expectNoSidewaysScroll(page);
    });

    test('Compare A/B: pin, change, read what differs, swap and stop, by keyboard', async ({
      calculator,
      page,
    }) => {
      await calculator.open('?mo=inference&en=hf');
      const compare = page.getByRole('region', { name: 'Compare two scenarios' });
      await compare.getByRole('button', { name: 'Pin this scenario as A' }).focus();
      await page.keyboard.press('Enter');
      await calculator.batchSlider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(calculator.summary).toContainText('batch 2');

      const table = compare.getByRole('table', {
        name: 'The pinned scenario (A) beside the current one (B)',
      });
      await expect(table).toBeVisible();
      const differs = table.getByRole('rowheader', { name: /\(differs\)$/ });
      await expect(differs.first()).toBeVisible();
      await expectReachable(page, compare.getByRole('region', { name: /pinned scenario/ }));
      const url = await calculator.waitForUrl({ b: '2' });
      expect(url.searchParams.get('cmp')).toMatch(/^v=1/);

      await compare.getByRole('button', { name: 'Swap A and B' }).focus();
      await page.keyboard.press('Enter');
      await expect(calculator.summary).not.toContainText('batch 2');
      await compare.getByRole('button', { name: 'Stop comparing' }).focus();
      await page.keyboard.press('Enter');
      await expect(table).toHaveCount(0);
      await expect(compare.getByRole('button', { name: 'Pin this scenario as A' })).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

    test('Cost: your price per GPU-hour gives the training run and the served tokens', async ({
      calculator,
      page,
    }) => {
      await calculator.open();
      const cost = page.getByRole('region', { name: 'Cost', exact: true });
      const price = cost.getByRole('spinbutton', { name: /^Your price per GPU-hour/ });
      await price.focus();
      await page.keyboard.type('2');
      const figure = cost.getByTestId('cost-figure');
      await expect(figure).toHaveText(/^[\d,.]+ for the training run's [\d,.]+ GPU-hours$/);
      const [, money, hours] =
        /^([\d,.]+) for the training run's ([\d,.]+) GPU-hours$/.exec(await textOf(figure)) ?? [];
      const toNumber = (text = '') => Number(text.replaceAll(',', ''));
      // Three significant digits each: the cost is 2 × the GPU-hours within their rounding.
      expect(toNumber(money) / (2 * toNumber(hours))).toBeCloseTo(1, 1);
      await calculator.waitForUrl({ pr: 'rtx-4090:2' });

      await calculator.radio(calculator.mode, 'Inference').check();
      await expect(figure).toHaveText(/^[\d,.]+ per million generated tokens, on \d+ GPUs?$/);
      await cost.getByRole('button', { name: 'Clear the price' }).focus();
      await page.keyboard.press('Enter');
      await expect(figure).toHaveText('Enter a price to see what the run or the tokens cost.');
      await expectNoSidewaysScroll(page);
    });

    test('Checked against reality: published figures beside ours, every table reachable', async ({
      calculator,
      page,
    }) => {
      await calculator.open();
      const reality = page.getByRole('region', { name: 'Checked against reality', exact: true });
      await reality.scrollIntoViewIfNeeded();
      const tables = reality.getByRole('table');
      await expect(tables.first()).toBeVisible();
      expect(await tables.count()).toBeGreaterThan(1);
      await expect(tables.first().getByRole('columnheader')).toHaveText([
        'Setting',
        'Published',
        'This calculator',
        'Difference',
        'Source',
      ]);
      const scrollers = reality.locator('.scroll-table');
      for (const scroller of await scrollers.all()) await expectReachable(page, scroller);
      const link = reality.getByRole('link').first();
      await expect(link).toHaveAttribute('href', /^https:\/\//);
      await expectNoSidewaysScroll(page);
    });

    test('GiB by default, nvidia-smi’s figure by the GPU, and the switch to GB', async ({
      calculator,
      page,
    }) => {
      await calculator.open();
      const unit = page.getByRole('group', { name: 'Memory unit' });
      await expect(unit.getByRole('radio', { name: 'GiB' })).toBeChecked();
      await expect(calculator.perGpu).toHaveText(/^[\d.]+ GiB of [\d.]+ GiB usable/);
      const gpu = page
        .getByRole('region', { name: 'GPU', exact: true })
        .getByRole('definition')
        .first();
      await expect(gpu).toHaveText('23.99 GiB usable (nvidia-smi: 24,564 MiB)');

      await unit.getByRole('radio', { name: 'GiB' }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(unit.getByRole('radio', { name: 'GB', exact: true })).toBeChecked();
      await expect(calculator.perGpu).toHaveText(/^[\d.]+ GB of [\d.]+ GB usable/);
      await expect(gpu).toHaveText('25.76 GB usable (nvidia-smi: 24,564 MiB)');
      await calculator.waitForUrl({ u: 'GB' });

      // The link keeps GB; a link without `u` is GiB.
      await page.reload();
      await expect(unit.getByRole('radio', { name: 'GB', exact: true })).toBeChecked();
      await calculator.open('?v=1');
      await expect(unit.getByRole('radio', { name: 'GiB' })).toBeChecked();
      await expectReachable(page, page.getByRole('region', { name: /on each GPU preset/ }));
    });

    test('automatic layout: the boxes show the chosen TP 4, and Manual starts from it', async ({
      calculator,
      page,
    }) => {
      await calculator.open('?mo=inference&en=hf&m=llama-2-70b&g=a100-40gb');
      await expect(calculator.headline).toHaveText(/tensor parallel 4/);
      await calculator.openAdvanced();
      const tp = calculator.advanced.getByRole('spinbutton', { name: 'Tensor parallel' });
      await expect(tp).toBeDisabled();
      await expect(tp).toHaveValue('4');
      await expect(tp).toHaveAccessibleDescription(/^GPUs \(auto\)/);
      const layout = calculator.advanced.getByRole('group', { name: 'Layout' });
      await layout.getByRole('radio', { name: 'Auto' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(layout.getByRole('radio', { name: 'Manual' })).toBeChecked();
      await expect(tp).toBeEnabled();
      await expect(tp).toHaveValue('4');
      await calculator.waitForUrl({ lay: 'manual', tp: '4' });
      await expect(calculator.headline).toHaveText(/tensor parallel 4/);
    });
  });
}

test.describe('at 360 px, every table', () => {
  test.use({ viewport: { width: 360, height: 900 } });

  test('fits the screen or scrolls in a labelled box the keyboard can reach', async ({
    calculator,
    page,
  }) => {
    test.slow();
    await calculator.open('?mo=inference&en=hf&pr=rtx-4090:2');
    await page.getByRole('button', { name: 'Pin this scenario as A' }).click();
    await calculator.batchSlider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('table', { name: /pinned scenario \(A\)/ })).toBeVisible();
    const tables = page.getByRole('table');
    expect(await tables.count()).toBeGreaterThan(5);
    for (const table of await tables.all()) {
      await table.scrollIntoViewIfNeeded();
      const fits = await table.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.left >= 0 && box.right <= window.innerWidth;
      });
      if (fits) continue;
      const scroller = table.locator('xpath=ancestor::div[contains(@class, "scroll-table")][1]');
      await expect(scroller, await textOf(table.locator('caption'))).toHaveCount(1);
      await expectReachable(page, scroller);
    }
    await expectNoSidewaysScroll(page);
  });
});
