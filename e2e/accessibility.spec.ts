import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { CalculatorPage } from './calculator-page';
import { expect, test } from './fixtures';

const DISPLAYS = [
  { name: '1440 px, light', width: 1440, colorScheme: 'light' },
  { name: '1440 px, dark', width: 1440, colorScheme: 'dark' },
  { name: '360 px', width: 360, colorScheme: 'light' },
] as const;

/** Each state puts different parts on screen: folded settings, the custom editor, error messages. */
const STATES: readonly { name: string; show: (calculator: CalculatorPage) => Promise<void> }[] = [
  { name: 'first visit', show: (calculator) => calculator.open() },
  {
    name: 'Advanced open, custom model editor open, LoRA settings shown',
    show: async (calculator) => {
      await calculator.open('?mo=finetune');
      await calculator.openAdvanced();
      await calculator.modelSelect.selectOption({ label: 'Custom architecture…' });
      await expect(
        calculator.page.getByRole('group', { name: 'Custom architecture' }),
      ).toBeVisible();
      await expect(calculator.page.getByRole('group', { name: 'LoRA targets' })).toBeVisible();
    },
  },
  {
    name: 'issue 16 views: precision moved, A/B compared, a price, the checks against reality',
    show: async (calculator) => {
      const page = calculator.page;
      await calculator.open('?mo=inference&en=hf&pr=rtx-4090:2');
      await calculator.precision.focus();
      await page.keyboard.press('End');
      await page.getByRole('button', { name: 'Pin this scenario as A' }).click();
      await calculator.batchSlider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('table', { name: /pinned scenario \(A\)/ })).toBeVisible();
      await expect(page.getByTestId('cost-figure')).toContainText('per million generated tokens');
      await calculator.openAdvanced();
      await expect(
        page
          .getByRole('region', { name: 'Checked against reality', exact: true })
          .getByRole('table')
          .first(),
      ).toBeAttached();
    },
  },
  {
    name: 'link notice and an invalid input',
    show: async (calculator) => {
      await calculator.open('?b=lots&zz=1&mo=inference');
      await expect(calculator.urlNotice).toBeVisible();
      await calculator.seqLenBox.fill('0');
      await expect(calculator.inputIssues).toBeVisible();
    },
  },
];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // Short enough to read in a failure message: the rule, and where and why for each node.
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}

for (const display of DISPLAYS) {
  test.describe(`at ${display.name}`, () => {
    test.use({ viewport: { width: display.width, height: 900 }, colorScheme: display.colorScheme });

    for (const state of STATES) {
      test(`axe finds no violations: ${state.name}`, async ({ calculator, page }) => {
        // An axe scan of the whole page takes seconds on a busy 2-core machine.
        test.slow();
        await state.show(calculator);
        expect(await axeViolations(page)).toEqual([]);
        if (display.width === 360) {
          const overflow = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          expect(overflow.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(
            overflow.innerWidth,
          );
        }
      });
    }
  });
}

test('axe best-practice rules pass too on a first visit', async ({ calculator, page }) => {
  test.slow();
  await calculator.open();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
