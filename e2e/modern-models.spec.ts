import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { fromHub, hubBox, importModel, mockHub } from './hub-mock';

const fixture = (name: string) =>
  readFileSync(new URL(`../src/hub/fixtures/${name}.json`, import.meta.url), 'utf8');

test.use({ serviceWorkers: 'block' });

const MODELS = [
  {
    id: 'deepseek-ai/DeepSeek-V3',
    file: 'deepseek-ai_DeepSeek-R1',
    total: '671,026,419,200',
    // README_WEIGHTS.md: 671B main model, and the MTP module apart.
    beside: /Multi-token prediction \(beside the total\)\s*11,610,068,224/,
  },
  {
    id: 'openai/gpt-oss-20b',
    file: 'openai_gpt-oss-20b',
    total: '20,914,757,184',
    beside: /Active per token \(MoE\)/,
  },
];

test.describe('importing the models people run in 2026', () => {
  for (const model of MODELS) {
    test(`${model.id}: its exact parameter count and a serving estimate`, async ({
      calculator,
      page,
    }) => {
      await mockHub(page, (route) => route.fulfill(fromHub({ body: fixture(model.file) })));
      await calculator.open('?mo=inference');
      await importModel(calculator, model.id);
      await expect(hubBox(page).getByRole('status')).toHaveText(`Imported ${model.id}.`);
      const parameters = page.getByRole('table', { name: /^Parameters of / });
      await expect(parameters.getByRole('row', { name: /^Total / })).toContainText(model.total);
      await expect(parameters).toContainText(model.beside);
      // The verdict names a GPU count for serving; nothing reads NaN or Infinity.
      await expect(calculator.verdict).toContainText(/GPU/);
      await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
    });
  }
});
