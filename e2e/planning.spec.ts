import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { formatBytesIn } from '../src/lib/format';
import { expect, test } from './fixtures';
import { scrollToCharts } from './charts';
import { textOf } from './text';

/** An RTX 4090's driver reports 24,564 MiB; training keeps a 5% allocator margin (docs/method.md §13). */
const RTX_4090_GB = (24_564 * 2 ** 20 * 0.95) / 1e9;

async function save(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/** The curves are read in GB, which a link asks for with `u=GB` (GiB is the default). */
async function openPlanning(page: Page) {
  await page.goto('/?v=1&u=GB');
  const fits = page.getByRole('region', { name: 'What fits' });
  await scrollToCharts(fits);
  await expect(fits.locator('svg.recharts-surface')).toHaveCount(2);
  return fits;
}

test('the max-batch sentence updates when the GPU changes', async ({ page }) => {
  const fits = await openPlanning(page);
  const answers = fits.getByTestId('fit-answers');
  await expect(answers).toContainText(
    'At 2,048 tokens, the largest batch that fits on 17 × RTX 4090 24GB (FSDP full shard) is 1.',
  );
  await page
    .getByRole('region', { name: 'Scenario' })
    .getByRole('combobox', { name: 'GPU', exact: true })
    .selectOption('h100-80gb');
  await expect(answers).toContainText(
    'At 2,048 tokens, the largest batch that fits on 2 × H100 80GB (FSDP full shard) is 1.',
  );
  await expect(answers).not.toContainText('RTX 4090');
});

test('the curve draws the usable capacity across at its height and marks the largest sequence that fits', async ({
  page,
}) => {
  const fits = await openPlanning(page);
  const curve = fits.getByRole('region', { name: 'Memory against sequence length' });
  const svg = curve.locator('svg.recharts-surface');
  // A horizontal line has no height, which Playwright counts as hidden: check it spans the plot instead.
  const line = svg.locator('.memory-curve__capacity line');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute('stroke-dasharray', '6 4');
  const [x1, x2] = [Number(await line.getAttribute('x1')), Number(await line.getAttribute('x2'))];
  expect(x2 - x1).toBeGreaterThan(200);
  await expect(svg.getByText('Usable capacity 24.5 GB')).toBeVisible();
  await expect(svg.getByText('Largest that fits: 2,480')).toBeVisible();
  await expect(svg.locator('.memory-curve__crossing')).toBeVisible();

  // The line sits where the value axis puts 24.47 GB, read from the axis's own ticks.
  const tickY = async (label: string) =>
    Number(
      await svg
        .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value', {
          hasText: new RegExp(`^${label}$`),
        })
        .getAttribute('y'),
    );
  const [y20, y40, lineY] = [
    await tickY('20'),
    await tickY('40'),
    Number(await line.getAttribute('y1')),
  ];
  expect(lineY).toBeCloseTo(y20 + ((y40 - y20) * (RTX_4090_GB - 20)) / 20, 0);
  await expect(curve.getByRole('img', { name: /^Stacked area chart/ })).toHaveAccessibleName(
    /the usable capacity is 24\.5 GB; the largest value that fits is 2,480 tokens\.$/,
  );
});

test('each export downloads a file whose content matches the page', async ({ page }) => {
  const fits = await openPlanning(page);
  const exportCard = page.getByRole('region', { name: 'Export' });
  const chartRow = page
    .getByRole('region', { name: 'Memory breakdown' })
    .getByRole('table')
    .getByRole('row')
    .nth(1);
  const cells = await chartRow.getByRole('cell').allTextContents();
  const totalPerGpu = cells.at(-3)!;
  const sentences = await fits.getByTestId('fit-answers').getByRole('listitem').allTextContents();
  const gpuHours = await textOf(
    page.getByTestId('speed-figures').getByText('GPU-hours for 1T tokens').locator('+ dd'),
  );

  const md = await save(page, exportCard.getByRole('button', { name: 'Download Markdown' }));
  expect(md.download.suggestedFilename()).toBe('llama-2-7b-training-rtx-4090.md');
  const report = md.bytes.toString('utf8');
  expect(report).toContain(`| **Total** | **${totalPerGpu}** |`);
  for (const sentence of sentences) expect(report).toContain(`- ${sentence}`);
  expect(report).toContain(`| GPU-hours for 1T tokens | ${gpuHours} |`);
  expect(report).toContain(`| Weights | ${cells[1]} |`);

  const csv = await save(page, exportCard.getByRole('button', { name: 'Download CSV' }));
  expect(csv.download.suggestedFilename()).toBe('llama-2-7b-training-rtx-4090.csv');
  const total = csv.bytes
    .toString('utf8')
    .split('\r\n')
    .find((line) => line.startsWith('bf16,Total,'))!
    .split(',');
  expect(formatBytesIn(Number(total[2]), 'GB')).toBe(totalPerGpu);

  const json = await save(page, exportCard.getByRole('button', { name: 'Download JSON' }));
  expect(json.download.suggestedFilename()).toBe('llama-2-7b-training-rtx-4090.json');
  const file = JSON.parse(json.bytes.toString('utf8')) as {
    scenario: { gpu: string };
    estimate: { layout: { perGpuBytes: number } };
    link: string;
  };
  expect(file.scenario.gpu).toBe('rtx-4090');
  expect(formatBytesIn(file.estimate.layout.perGpuBytes, 'GB')).toBe(totalPerGpu);
  expect(file.link.startsWith(new URL(page.url()).origin)).toBe(true);

  const curve = fits.getByRole('region', { name: 'Memory against sequence length' });
  const svg = await save(
    page,
    curve.getByRole('button', { name: 'Download SVG of memory against sequence length' }),
  );
  expect(svg.download.suggestedFilename()).toBe(
    'llama-2-7b-training-rtx-4090-memory-vs-sequence-length.svg',
  );
  const drawing = svg.bytes.toString('utf8');
  expect(drawing).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  expect(drawing).toContain('Usable capacity 24.5 GB');
  expect(drawing).toContain('Largest that fits: 2,480');
  expect(drawing).not.toContain('var(--');

  const png = await save(
    page,
    curve.getByRole('button', { name: 'Download PNG of memory against sequence length' }),
  );
  expect(png.download.suggestedFilename()).toBe(
    'llama-2-7b-training-rtx-4090-memory-vs-sequence-length.png',
  );
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const drawnWidth = await curve
    .locator('svg.recharts-surface')
    .evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBe(Math.round(drawnWidth) * 2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the planning section passes axe in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const fits = await openPlanning(page);
    for (const summary of await fits.locator('summary').all()) await summary.click();
    const axe = await new AxeBuilder({ page }).include('.planning').analyze();
    expect(axe.violations).toEqual([]);
  });
}
