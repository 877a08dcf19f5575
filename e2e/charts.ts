import type { Locator } from '@playwright/test';

/**
 * A chart is drawn once its place nears the viewport (WhenNear), and regions above it may still
 * grow as they load; so scroll to each chart frame in `region` in turn, as a reader would.
 */
export async function scrollToCharts(region: Locator): Promise<void> {
  await region.scrollIntoViewIfNeeded();
  for (const frame of await region.locator('.chart-frame').all())
    await frame.scrollIntoViewIfNeeded();
}
