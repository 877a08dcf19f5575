import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatBytesIn } from '../../lib/format';
import { estimateWith } from '../../test/scenario-fixtures';
import { ShowWork } from './show-work';
import { renderWithStore } from '../../test/render-with-store';

describe('ShowWork', () => {
  it('one collapsible part per memory part, opened by its summary', async () => {
    const { user } = renderWithStore(<ShowWork />);
    const section = screen.getByRole('region', { name: 'Show the work' });
    const summaries = within(section)
      .getAllByRole('group')
      .map((group) => within(group).getByText(/^[\w -]+: [\d.]+ [GMK]iB per GPU$/).textContent);
    const parts = estimateWith().layout.perGpu;
    const gib = (bytes: number) => formatBytesIn(bytes, 'GiB');
    expect(summaries).toEqual([
      `Weights: ${gib(parts.weights)} per GPU`,
      `Gradients: ${gib(parts.gradients)} per GPU`,
      `Optimizer states: ${gib(parts.optimizer)} per GPU`,
      `Activations: ${gib(parts.activations)} per GPU`,
      // The default overhead is 1 GiB exactly (2^30 bytes), and GiB is the default unit.
      'Runtime overhead: 1 GiB per GPU',
    ]);
    const weights = screen.getByText(`Weights: ${gib(parts.weights)} per GPU`);
    // The plan is FSDP full shard (docs/method.md §12): the weights are sharded and one layer gathered.
    const formula = screen.getByText('W ÷ (t · pp · N) + gathered layer');
    expect(formula).not.toBeVisible();
    await user.click(weights);
    expect(formula).toBeVisible();
  });

  it('substitutes each value with its meaning, and gives the result and source', () => {
    renderWithStore(<ShowWork />, { mode: 'inference', engine: 'hf' }, { unit: 'GB' });
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
