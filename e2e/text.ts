import type { Locator } from '@playwright/test';

/**
 * An element's text whether or not it is on screen. Result regions off screen skip rendering
 * (content-visibility: auto), and innerText reads only rendered text, so it would be empty there.
 */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}
