import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShowWork } from './show-work';
import { renderWithStore } from '../../test/render-with-store';

describe('ShowWork', () => {
  it('one collapsible part per memory part, opened by its summary', async () => {
    const { user } = renderWithStore(<ShowWork />);
    const section = screen.getByRole('region', { name: 'Show the work' });
    const summaries = within(section)
      .getAllByRole('group')
      .map((group) => within(group).getByText(/^[\w -]+: [\d.]+ [GMK]B per GPU$/).textContent);
    expect(summaries).toEqual([
      'Weights: 1.68 GB per GPU',
      'Gradients: 1.68 GB per GPU',
      'Optimizer states: 10.1 GB per GPU',
      'Activations: 2.99 GB per GPU',
      'Runtime overhead: 1.07 GB per GPU',
    ]);
    const weights = screen.getByText('Weights: 1.68 GB per GPU');
    const formula = screen.getByText('W ÷ (t · pp)');
    expect(formula).not.toBeVisible();
    await user.click(weights);
    expect(formula).toBeVisible();
  });

  it('substitutes each value with its meaning, and gives the result and source', () => {
    renderWithStore(<ShowWork />, { mode: 'inference', engine: 'hf' });
    expect(screen.getByText('Ψ = 6,738,415,616')).toBeInTheDocument();
    expect(screen.getByText('W = 13.5 GB')).toBeInTheDocument();
    expect(screen.getByText('bytes of all weights')).toBeInTheDocument();
    expect(screen.getByText('KV cache: 1.21 GB per GPU')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'PagedAttention' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2309.06180',
    );
    const method = screen.getAllByRole('link', { name: 'docs/method.md §6' });
    expect(method.length).toBeGreaterThan(0);
    for (const link of method) expect(link).toHaveAttribute('href', 'method.html#section-6');
    expect(screen.getByText('13.5 GB (13,476,831,232 bytes)')).toBeInTheDocument();
    expect(screen.queryByText(/^Gradients:/)).not.toBeInTheDocument();
  });

  it('lists the assumptions in force', () => {
    renderWithStore(<ShowWork />);
    const list = screen.getByRole('list', { name: 'Assumptions' });
    expect(within(list).getByText(/fp32 master copy/)).toBeInTheDocument();
  });

  it('renders nothing for invalid input', () => {
    const { container } = renderWithStore(<ShowWork />, { batch: -1 });
    expect(container).toBeEmptyDOMElement();
  });
});
