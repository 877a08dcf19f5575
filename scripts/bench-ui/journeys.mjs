/**
 * The journeys whose long tasks the benchmark counts after load: reading the whole page down to
 * its last region (each lazy region loads and draws as it comes into view), then serving a large
 * model on another GPU, and reading the page again.
 */

/**
 * Scrolls to the bottom of the page a screen at a time, pausing after each, then back to the top.
 * @param {import('@playwright/test').Page} page
 * @param {number} pauseMs
 */
async function readDown(page, pauseMs) {
  for (let screens = 0; screens < 60; screens++) {
    const atBottom = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (atBottom) break;
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(pauseMs);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(pauseMs);
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {number} pauseMs
 * @param {(page: import('@playwright/test').Page) => Promise<void>} settle
 */
export async function runJourneys(page, pauseMs, settle) {
  const scenario = page.getByRole('region', { name: 'Scenario' });
  await page.mouse.move(720, 450);
  await readDown(page, pauseMs);
  await settle(page);
  await scenario
    .getByRole('group', { name: 'Mode', exact: true })
    .getByRole('radio', { name: 'Inference', exact: true })
    .check();
  await settle(page);
  await scenario
    .getByRole('combobox', { name: 'Model', exact: true })
    .selectOption('llama-3.1-70b');
  await settle(page);
  await scenario.getByRole('combobox', { name: 'GPU', exact: true }).selectOption('h100-80gb');
  await settle(page);
  await readDown(page, pauseMs);
  await settle(page);
}
