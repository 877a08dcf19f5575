import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WIDTHS = [360, 1440] as const;

const section = (page: Page) => page.getByRole('region', { name: 'What can I run on this?' });
const inferenceTable = (page: Page) => section(page).getByRole('table', { name: /^Inference/ });

for (const width of WIDTHS) {
  test.describe(`What can I run on this? at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('pick GPUs, filter and sort by keyboard, keep it in the link, open a row', async ({
      calculator,
      page,
    }) => {
      // The sweep over every model runs in a worker; on a busy 2-core machine it takes seconds.
      test.slow();
      await calculator.open('?g=h100-80gb');
      const view = section(page);
      await view.getByRole('heading', { name: 'What can I run on this?' }).scrollIntoViewIfNeeded();
      await expect(inferenceTable(page)).toBeVisible({ timeout: 60_000 });

      const l4 = view.getByRole('checkbox', { name: 'L4 24GB' });
      await l4.focus();
      await page.keyboard.press('Space');
      await expect(l4).toBeChecked();
      await view.getByLabel('Weight format').selectOption({ label: 'MXFP4' });
      await view.getByLabel('Search models').fill('gpt-oss');
      await expect(inferenceTable(page)).toBeVisible({ timeout: 60_000 });

      const speed = inferenceTable(page).getByRole('button', { name: /Decode, one request/ });
      await speed.focus();
      await page.keyboard.press('Enter');
      const header = inferenceTable(page).getByRole('columnheader', {
        name: /Decode, one request/,
      });
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const rows = inferenceTable(page).getByRole('row');
      // Header, then gpt-oss-20b and -120b at each length on the H100 and on the L4.
      await expect(rows.nth(1)).toContainText('MXFP4');
      await expect(rows.nth(1)).toContainText('gpt-oss');

      await expect(page).toHaveURL(/crg=current,l4-24gb/);
      await expect(page).toHaveURL(/crd=mxfp4/);
      await expect(page).toHaveURL(/crm=gpt-oss/);
      await expect(page).toHaveURL(/crs=-speed/);

      // The link brings the view back as it was.
      await page.goto(page.url());
      await calculator.waitForEstimate();
      await section(page).scrollIntoViewIfNeeded();
      await expect(section(page).getByRole('checkbox', { name: 'L4 24GB' })).toBeChecked();
      await expect(section(page).getByLabel('Weight format')).toHaveValue('mxfp4');
      await expect(section(page).getByLabel('Search models')).toHaveValue('gpt-oss');
      await expect(
        inferenceTable(page).getByRole('columnheader', { name: /Decode, one request/ }),
      ).toHaveAttribute('aria-sort', 'descending', { timeout: 60_000 });

      const open = section(page).getByRole('button', {
        name: 'Open gpt-oss-120b, MXFP4, 4k on H100 80GB in the calculator',
      });
      await open.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/m=gpt-oss-120b/);
      await expect(page).toHaveURL(/mo=inference/);
      await expect(page).toHaveURL(/dt=mxfp4/);
      await expect(calculator.headline).toBeInViewport();
      await expect(section(page).getByRole('status')).toHaveText(
        'Opened gpt-oss-120b, MXFP4, 4k on H100 80GB in the calculator above.',
      );
    });

    test('axe finds no violations with the view open', async ({ calculator, page }) => {
      test.slow();
      await calculator.open('?crf=all&crm=llama-3.1');
      await section(page).scrollIntoViewIfNeeded();
      await expect(inferenceTable(page)).toBeVisible({ timeout: 60_000 });
      const results = await new AxeBuilder({ page })
        .include('#what-can-i-run')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      const overflow = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(overflow.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(
        overflow.innerWidth,
      );
    });
  });
}
