import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_CHECKS } from '../../domain/checks/published-checks';
import { differenceText } from './check-rows';
import { RealityChecks } from './reality-checks';

describe('Checked against reality', () => {
  it('lists every published check once, by topic, with ours and the difference', () => {
    render(<RealityChecks />);
    const rows = screen
      .getAllByRole('table')
      .flatMap((table) => within(table).getAllByRole('row').slice(1));
    expect(rows).toHaveLength(PUBLISHED_CHECKS.length);
    const llama = screen.getByRole('row', { name: /^Llama-2-7B, parameters/ });
    expect(
      within(llama)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '6,738,415,616',
      '6,738,415,616 parameters',
      'exact',
      expect.stringContaining('meta-llama/Llama-2-7b-hf'),
    ]);
    const zero = screen.getByRole('row', { name: /ZeRO stage 1/ });
    expect(
      within(zero)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((cell) => cell.textContent),
      // 2·7.5 + 2·7.5 + 12·7.5 ÷ 64 = 31.40625 GB against the figure's 31.4.
    ).toEqual(['31.4 GB', '31.4 GB', '+0.0199%']);
    expect(within(zero).getByRole('link', { name: /ZeRO, Figure 1/ })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/1910.02054',
    );
  });

  it('says how far a figure is, with its sign', () => {
    expect(differenceText(0)).toBe('exact');
    expect(differenceText(0.0123)).toBe('+1.23%');
    expect(differenceText(-0.5)).toBe('−50%');
    expect(differenceText(0.00001)).toBe('+<0.01%');
  });
});
