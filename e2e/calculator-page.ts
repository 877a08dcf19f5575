import { expect, type Locator, type Page } from '@playwright/test';
import { scrollToCharts } from './charts';
import { expectVisibleFocus } from './focus';
import { textOf } from './text';

/**
 * The calculator page as its users see it: every locator goes by role and visible name, so a test
 * reads like the journey and a renamed label fails here, once. The few CSS classes used are the
 * chart's drawing (an SVG has no roles) and the verdict's headline paragraph.
 */
export class CalculatorPage {
  readonly modelSelect: Locator;
  readonly gpuSelect: Locator;
  readonly mode: Locator;
  readonly precision: Locator;
  readonly batchSlider: Locator;
  readonly batchBox: Locator;
  readonly seqLenSlider: Locator;
  readonly seqLenBox: Locator;
  readonly generatedSlider: Locator;
  readonly advanced: Locator;
  readonly advancedSummary: Locator;
  readonly verdict: Locator;
  readonly headline: Locator;
  readonly summary: Locator;
  readonly chart: Locator;
  readonly chartTable: Locator;
  readonly chartSvg: Locator;
  readonly bars: Locator;
  readonly parametersTable: Locator;
  readonly dtypeTable: Locator;
  readonly gpuTable: Locator;
  readonly inputIssues: Locator;
  readonly urlNotice: Locator;
  readonly copyLink: Locator;
  readonly shareStatus: Locator;

  constructor(readonly page: Page) {
    const scenario = page.getByRole('region', { name: 'Scenario' });
    this.modelSelect = scenario.getByRole('combobox', { name: 'Model', exact: true });
    this.gpuSelect = scenario.getByRole('combobox', { name: 'GPU', exact: true });
    this.mode = scenario.getByRole('group', { name: 'Mode', exact: true });
    this.precision = scenario.getByRole('slider', { name: 'Precision' });
    this.batchSlider = scenario.getByRole('slider', { name: 'Batch size' });
    this.batchBox = scenario.getByRole('spinbutton', { name: 'Batch size (exact)' });
    this.seqLenSlider = scenario.getByRole('slider', { name: 'Sequence length' });
    this.seqLenBox = scenario.getByRole('spinbutton', { name: 'Sequence length (exact)' });
    this.generatedSlider = scenario.getByRole('slider', { name: 'Generated tokens' });
    this.advanced = scenario.locator('details', {
      has: page.locator('summary', { hasText: 'Advanced' }),
    });
    this.advancedSummary = this.advanced.locator('summary').first();
    this.verdict = page.getByRole('region', { name: 'Verdict' });
    this.headline = this.verdict.locator('.verdict__headline');
    this.summary = page.getByTestId('summary');
    this.chart = page.getByRole('region', { name: 'Memory breakdown' });
    this.chartTable = this.chart.getByRole('table');
    this.chartSvg = this.chart.locator('svg.recharts-surface');
    this.bars = this.chartSvg.locator('.recharts-bar-rectangle path');
    this.parametersTable = page
      .getByRole('region', { name: 'Parameters', exact: true })
      .getByRole('table');
    this.dtypeTable = page.getByRole('region', { name: 'By data type' }).getByRole('table');
    this.gpuTable = page.getByRole('region', { name: 'On other GPUs' }).getByRole('table');
    this.inputIssues = page.getByRole('alert').filter({ hasText: 'to see an estimate' });
    this.urlNotice = page.getByRole('alert').filter({ hasText: 'could not be used' });
    this.copyLink = page.getByRole('button', { name: 'Copy link' });
    this.shareStatus = page.getByRole('banner').getByRole('status');
  }

  /** Opens the page with a query string ('' for a first visit) and waits for the drawn chart. */
  async open(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
    await this.waitForEstimate();
  }

  /** A full estimate is on screen: the verdict, and the chart drawn by its lazily loaded script. */
  async waitForEstimate(): Promise<void> {
    // The first paint written into index.html shows the same verdict until the live page replaces it.
    await expect(this.page.locator('#root > .first-paint')).toHaveCount(0);
    await expect(this.headline).toBeVisible();
    // On a narrow screen the chart is below the fold, drawn once scrolled near; then back to the top.
    await scrollToCharts(this.chart);
    await expect(this.bars.first()).toBeVisible();
    await this.page.evaluate(() => window.scrollTo(0, 0));
  }

  /** The text beside one label of the verdict's figures ("Per GPU", "Total across 8 GPUs"). */
  figure(label: string | RegExp): Locator {
    // A `has` locator is matched inside each candidate, so it starts from the page, not the verdict.
    const term = this.page.getByRole('term').filter({ hasText: label });
    return this.verdict.locator('dl > div', { has: term }).getByRole('definition');
  }

  get perGpu(): Locator {
    return this.figure(/^Per GPU$/);
  }

  /** Everything that should be identical when the same scenario is opened elsewhere. */
  async numbers(): Promise<{
    headline: string;
    perGpu: string;
    verdict: string;
    chartTable: string;
  }> {
    return {
      headline: await textOf(this.headline),
      perGpu: await textOf(this.perGpu),
      verdict: await textOf(this.verdict),
      chartTable: await textOf(this.chartTable),
    };
  }

  /** The drawn bars' outlines (SVG path data), which change when any bar's size does. */
  barShapes(): Promise<(string | null)[]> {
    return this.bars.evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
  }

  radio(group: Locator, name: string): Locator {
    return group.getByRole('radio', { name, exact: true });
  }

  async openAdvanced(): Promise<void> {
    if ((await this.advanced.getAttribute('open')) === null) await this.advancedSummary.click();
    await expect(this.advanced).toHaveAttribute('open', '');
  }

  advancedSelect(name: string): Locator {
    return this.advanced.getByRole('combobox', { name, exact: true });
  }

  /** The row of a data table whose row header starts with `name` ("bf16", "A100 40GB"). */
  row(table: Locator, name: string): Locator {
    return table.getByRole('row').filter({
      has: this.page.getByRole('rowheader', {
        name: new RegExp(`^${escapeRegExp(name)}( \\(current\\))?$`),
      }),
    });
  }

  /** The cell of `row` under the column header `column`. */
  async cell(table: Locator, row: Locator, column: string): Promise<Locator> {
    const headers = await table.locator('thead th').allTextContents();
    const index = headers.findIndex((header) => header.trim() === column);
    if (index < 0) throw new Error(`No column "${column}" in ${headers.join(' | ')}`);
    return row.locator('th, td').nth(index);
  }

  /** Waits until the address bar has caught up with the choices (its writes are throttled). */
  async waitForUrl(expected: Record<string, string>): Promise<URL> {
    await expect
      .poll(() => Object.fromEntries(new URL(this.page.url()).searchParams))
      .toMatchObject(expected);
    return new URL(this.page.url());
  }

  /** Presses Tab until `target` has focus, checking the focus is visible at every stop on the way. */
  async tabTo(target: Locator, maxPresses = 40): Promise<void> {
    for (let presses = 0; presses < maxPresses; presses++) {
      await this.page.keyboard.press('Tab');
      await expectVisibleFocus(this.page);
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab did not reach the target within ${maxPresses} presses`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
