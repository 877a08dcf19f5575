import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { drawTokens, sample } from '../../domain/sampling';
import { formatInteger } from '../../lib/format';
import { EXAMPLE_DISTRIBUTION } from './example-distribution';
import { renderSamplingExplorer } from '../../test/render-sampling-explorer';

const ARTICLE = { temperature: 0.8, topK: 36, topP: 0.7 };

describe('sampling N tokens', () => {
  it('draws with the seed shown and sets the counts beside the final distribution', async () => {
    const { user } = renderSamplingExplorer(ARTICLE);
    expect(
      screen.queryByRole('table', { name: 'Tokens drawn against the final distribution' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sample 1,000 tokens' }));
    expect(screen.getByText(/Drew 1,000 tokens with seed 42/)).toBeInTheDocument();

    const expected = drawTokens(sample(EXAMPLE_DISTRIBUTION.logits, ARTICLE).final, 1000, 42);
    const table = screen.getByRole('table', {
      name: 'Tokens drawn against the final distribution',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Paris',
      'a',
      'the',
    ]);
    rows.forEach((row, i) => {
      expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(formatInteger(expected[i]!));
    });
  });

  it('sampling again moves to the next seed; the count and the seed can be chosen', async () => {
    const { store, user } = renderSamplingExplorer(ARTICLE);
    await user.click(screen.getByRole('button', { name: 'Sample 1,000 tokens' }));
    await user.click(screen.getByRole('button', { name: 'Sample 1,000 tokens' }));
    expect(screen.getByText(/with seed 43/)).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Seed' })).toHaveValue(43);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Tokens to draw' }),
      '10,000 tokens',
    );
    expect(store.getState().drawCount).toBe(10_000);
    expect(screen.getByText(/Drew 10,000 tokens with seed 43/)).toBeInTheDocument();

    const seed = screen.getByRole('spinbutton', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '1.5');
    expect(screen.getByText('Seed must be a whole number, got 1.5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sample 10,000 tokens' })).toBeDisabled();
    await user.clear(seed);
    await user.type(seed, '7');
    expect(screen.getByText(/Drew 10,000 tokens with seed 7;/)).toBeInTheDocument();
  });
});
