import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { estimate } from '../../domain/estimate';
import { FitCard } from './fit-card';
import { renderWithStore } from '../../test/render-with-store';
import { chartsLoaded } from '../../test/charts-loaded';

// Recharts draws nothing under jsdom and takes seconds to load; the drawn curves are tested in e2e/planning.spec.ts.
vi.mock('./memory-curve-chart', () => ({ MemoryCurveChart: () => null }));

describe('FitCard', () => {
  it('states the largest batch and the longest sequence, and updates them when the GPU changes', async () => {
    const { store } = renderWithStore(<FitCard />);
    const answers = screen.getByTestId('fit-answers');
    expect(
      within(answers).getByText(
        'At 2,048 tokens, the largest batch that fits on 17 × RTX 4090 24GB (FSDP full shard) is 1.',
      ),
    ).toBeInTheDocument();
    act(() => store.getState().applyGpuPreset('h100-80gb'));
    expect(
      within(answers).getByText(
        /^At 2,048 tokens, the largest batch that fits on \d+ × H100 80GB .*is \d+\.$/,
      ),
    ).toBeInTheDocument();
    expect(within(answers).queryByText(/RTX 4090/)).not.toBeInTheDocument();
    await chartsLoaded();
  });

  it('draws two curves, each with a summary for screen readers and a table of its points', async () => {
    const { scenario, user } = renderWithStore(<FitCard />, { mode: 'inference' }, { unit: 'GB' });
    const e = estimate(scenario());
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(2);
    expect(charts[0]).toHaveAccessibleName(
      /^Stacked area chart: per-GPU memory on 1 × RTX 4090 24GB .* the usable capacity is 25.8 GB; the largest value that fits is [\d,]+ tokens\.$/,
    );
    expect(screen.getByRole('heading', { name: 'Memory against batch size' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getAllByText('Table of the points')[0]!);
    const table = screen.getByRole('table', {
      name: 'Memory against sequence length: per-GPU memory in GB',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Sequence length (tokens)',
      'Weights',
      'Activations',
      'KV cache',
      'Runtime overhead',
      'Total per GPU',
      'Fits in 25.8 GB',
    ]);
    expect(within(table).getByRole('rowheader', { name: /largest that fits/ })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 11 + 1);
    expect(e.layout.gpus).toBe(1);
    expect(
      screen.getByRole('button', { name: 'Download SVG of memory against sequence length' }),
    ).toBeInTheDocument();
    await chartsLoaded();
  });

  it('redraws the curves once the inputs have settled', async () => {
    const { store } = renderWithStore(<FitCard />, { mode: 'inference' });
    const batchCurve = () => screen.getByRole('img', { name: /sequences, at 2,048 \+ 256 tokens/ });
    expect(batchCurve()).toHaveAccessibleName(/the largest value that fits is 7 sequences\.$/);
    act(() => store.getState().setField('seqLen', 1024));
    expect(screen.getByTestId('fit-answers')).toHaveTextContent(
      /allows 13 concurrent sequences of 1,280 tokens/,
    );
    expect(
      await screen.findByRole('img', {
        name: /at 1,024 \+ 256 tokens per sequence; .* 13 sequences\.$/,
      }),
    ).toBeInTheDocument();
    await chartsLoaded();
  });

  it('asks for valid inputs instead of showing numbers', () => {
    renderWithStore(<FitCard />, { batch: 0 });
    expect(
      screen.getByText(
        'Fix the highlighted inputs to see the largest batch and sequence that fit.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
