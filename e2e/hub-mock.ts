import type { Page, Route } from '@playwright/test';
import type { CalculatorPage } from './calculator-page';

export const HUB = 'https://huggingface.co';

/**
 * A Hub answer as the real one is sent: readable cross-origin, with the error code header exposed
 * (the page tells a missing repository, revision and file apart by it).
 */
export const fromHub = (answer: {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}) => ({
  status: answer.status ?? 200,
  body: answer.body ?? '',
  headers: {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'X-Error-Code, X-Repo-Commit, ETag',
    'content-type': 'application/json',
    ...answer.headers,
  },
});

/** Answers the Hub's config.json requests with `answer`; returns the URLs asked for, in order. */
export async function mockHub(
  page: Page,
  answer: (route: Route) => Promise<void> | void,
): Promise<string[]> {
  const asked: string[] = [];
  await page.route(`${HUB}/**`, async (route) => {
    asked.push(route.request().url());
    await answer(route);
  });
  return asked;
}

export const hubBox = (page: Page) =>
  page.getByRole('region', { name: 'Import from the Hugging Face Hub' });

export async function importModel(calculator: CalculatorPage, id: string): Promise<void> {
  const box = hubBox(calculator.page);
  await box.getByRole('textbox', { name: 'Hugging Face model id or URL' }).fill(id);
  await box.getByRole('textbox', { name: 'Hugging Face model id or URL' }).press('Enter');
}
