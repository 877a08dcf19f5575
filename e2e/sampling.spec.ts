import type { Locator, Page } from '@playwright/test';
import type { CalculatorPage } from './calculator-page';
import { expect, test } from './fixtures';

/** The sampling explorer on a calculator page, by role and visible name like CalculatorPage. */
function explorer(page: Page) {
  const panel = page.getByRole('region', { name: 'Sampling explorer' });
  const slider = (name: string) => panel.getByRole('slider', { name, exact: true });
  const box = (name: string) => panel.getByRole('spinbutton', { name: `${name} (exact)` });
  return {
    panel,
    temperature: { slider: slider('Temperature (T)'), box: box('Temperature (T)') },
    topK: { slider: slider('Top-k (K)'), box: box('Top-k (K)') },
    topP: { slider: slider('Top-p (P)'), box: box('Top-p (P)') },
    preset: panel.getByRole('button', { name: 'Article example: T = 0.8, K = 36, P = 0.7' }),
    /** The "after" column of the summary's "Tokens kept" row. */
    kept: panel
      .getByRole('row', { name: /^Tokens kept/ })
      .getByRole('cell')
      .last(),
    ownList: panel.getByRole('radio', { name: 'Your own list' }),
    list: panel.getByRole('textbox', { name: /Tokens and logits, one per line/ }),
  };
}

/** A key on a focused control, as a keyboard user moves a slider. */
async function press(control: Locator, key: string): Promise<void> {
  await control.focus();
  await control.press(key);
}

/** Opens the page and waits for the explorer's first numbers. */
async function openExplorer(calculator: CalculatorPage, search = '') {
  await calculator.open(search);
  const sampling = explorer(calculator.page);
  await expect(sampling.kept).not.toBeEmpty();
  return sampling;
}

test('the article preset sets T, K and P, and each slider changes the kept set', async ({
  calculator,
}) => {
  const sampling = await openExplorer(calculator);
  await expect(sampling.kept).toHaveText('50');

  await sampling.preset.click();
  await expect(sampling.temperature.box).toHaveValue('0.8');
  await expect(sampling.topK.box).toHaveValue('36');
  await expect(sampling.topP.box).toHaveValue('0.7');
  await expect(sampling.kept).toHaveText('3');

  // Page Up moves a tenth of the range: T from 0.8 to 1, flat enough to keep a fourth token.
  await press(sampling.temperature.slider, 'PageUp');
  await expect(sampling.temperature.box).toHaveValue('1');
  await expect(sampling.kept).toHaveText('4');

  await sampling.preset.click();
  await expect(sampling.kept).toHaveText('3');
  await press(sampling.topP.slider, 'PageDown');
  await expect(sampling.topP.box).toHaveValue('0.6');
  await expect(sampling.kept).toHaveText('2');

  await sampling.preset.click();
  await press(sampling.topK.slider, 'Home');
  await expect(sampling.topK.box).toHaveValue('1');
  await expect(sampling.kept).toHaveText('1');
  await press(sampling.topK.slider, 'ArrowRight');
  await expect(sampling.topK.slider).toHaveAttribute('aria-valuetext', '2 tokens');
  await expect(sampling.kept).toHaveText('2');

  await sampling.topK.box.fill('36');
  await expect(sampling.kept).toHaveText('3');
});

test('a pasted list names the line that is not a number, then samples the fixed list', async ({
  calculator,
}) => {
  const sampling = await openExplorer(calculator);
  await sampling.ownList.check();
  await sampling.list.fill('Paris\t3\nLondon, 2\nRome abc');
  await expect(sampling.panel.getByText("line 3: 'abc' is not a number")).toBeVisible();
  await expect(sampling.list).toHaveAttribute('aria-invalid', 'true');

  await sampling.list.fill('Paris\t3\nLondon, 2\nRome 1');
  await expect(sampling.panel.getByText(/is not a number/)).toHaveCount(0);
  await expect(sampling.kept).toHaveText('3');
  await calculator.waitForUrl({ xl: 'Paris\t3\nLondon, 2\nRome 1' });
});

test.describe('the sampling share link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('opens with its values in a fresh page and follows the sliders', async ({
    newCalculator,
  }) => {
    const colleague = await newCalculator();
    const sampling = await openExplorer(colleague, '?xt=0.5&xk=10&xp=0.9');
    await expect(colleague.urlNotice).toHaveCount(0);
    await expect(sampling.temperature.box).toHaveValue('0.5');
    await expect(sampling.topK.box).toHaveValue('10');
    await expect(sampling.topP.box).toHaveValue('0.9');
    await expect(sampling.topK.slider).toHaveAttribute('aria-valuetext', '10 tokens');
    await expect(sampling.kept).toHaveText('3');

    await press(sampling.topK.slider, 'Home');
    await expect(sampling.kept).toHaveText('1');
    const url = await colleague.waitForUrl({ v: '1', xt: '0.5', xk: '1', xp: '0.9' });

    await colleague.copyLink.click();
    await expect(colleague.shareStatus).toHaveText('Link copied');
    const copied = await colleague.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(url.href);
  });

  test('a bad sampling value is named and left at its default', async ({ calculator }) => {
    const sampling = await openExplorer(calculator, '?xt=9&xk=10');
    const items = calculator.urlNotice.getByRole('listitem');
    await expect(items).toHaveCount(1);
    await expect(items).toContainText('Sampling: temperature (T) (xt)');
    await expect(items).toContainText('must be a number from 0 to 2, got "9"');
    await expect(sampling.temperature.box).toHaveValue('1');
    await expect(sampling.topK.box).toHaveValue('10');
  });
});

/** Drags a slider's thumb from the middle of its track to one end, as a mouse user would. */
async function dragToEnd(page: Page, slider: Locator, end: 'left' | 'right'): Promise<void> {
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider has no box to drag');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(end === 'left' ? box.x + 1 : box.x + box.width - 1, y, { steps: 8 });
  await page.mouse.up();
}

test('dragging each slider with the mouse changes the kept set', async ({ calculator }) => {
  const sampling = await openExplorer(calculator);
  const { page } = calculator;
  await sampling.preset.click();
  await expect(sampling.kept).toHaveText('3');

  await dragToEnd(page, sampling.topP.slider, 'left');
  await expect(sampling.topP.box).toHaveValue('0');
  await expect(sampling.kept).toHaveText('1');

  await sampling.preset.click();
  await dragToEnd(page, sampling.topK.slider, 'left');
  await expect(sampling.topK.box).toHaveValue('1');
  await expect(sampling.kept).toHaveText('1');

  await sampling.preset.click();
  await dragToEnd(page, sampling.temperature.slider, 'right');
  await expect(sampling.temperature.box).toHaveValue('2');
  await expect(sampling.kept).not.toHaveText('3');
});
