import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GPU_PRESETS } from '../../domain/presets/gpus';
import { GpuComparison } from './gpu-comparison';
import { renderWithStore } from '../../test/render-with-store';

describe('GpuComparison', () => {
  it('a row per GPU preset with its GPU count, layout and per-GPU memory; the current GPU marked', () => {
    renderWithStore(<GpuComparison />, {
      mode: 'inference',
      engine: 'hf',
      model: 'llama-2-70b',
      gpu: 'a100-40gb',
    });
    const table = screen.getByRole('table', { name: /Llama-2-70B on each GPU preset/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(GPU_PRESETS.length);
    const current = within(table).getByRole('row', { name: /^A100 40GB \(current\)/ });
    expect(current).toHaveAttribute('aria-current', 'true');
    const [capacity, gpus, perGpu, fits] = within(current)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    // 40,960 MiB is 40 GiB exactly; the cell names the figure nvidia-smi prints.
    expect([capacity, gpus, fits]).toEqual([
      '40 GiBnvidia-smi: 40,960 MiB',
      '4tensor parallel 4',
      'Fits',
    ]);
    // The same per-GPU memory gpu-rows.test.ts reads as 36 GB (35.95 to 36.05 GB), now in GiB.
    expect(perGpu).toMatch(/^33\.[45]\d? GiB$/);
  });

  it('"Use this GPU" switches the store’s GPU and keeps focus on the pressed button', async () => {
    const { store, user } = renderWithStore(<GpuComparison />, { mode: 'inference', engine: 'hf' });
    const button = screen.getByRole('button', { name: 'Use this GPU (A100 80GB)' });
    await user.click(button);
    expect(store.getState().scenario.gpu).toBe('a100-80gb');
    expect(button).toHaveFocus();
    expect(button).toHaveAccessibleName('In use (A100 80GB)');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('rowheader', { name: 'A100 80GB (current)' })).toBeInTheDocument();
  });

  it('pressing the current GPU’s button changes nothing', async () => {
    const { store, user } = renderWithStore(<GpuComparison />);
    const before = store.getState().scenario;
    await user.click(screen.getByRole('button', { name: 'In use (RTX 4090 24GB)' }));
    expect(store.getState().scenario).toBe(before);
  });

  it('says why when nothing fits on a GPU', () => {
    renderWithStore(<GpuComparison />, { batch: 64, seqLen: 1_000_000 });
    const v100 = screen.getByRole('row', { name: /^V100 32GB / });
    expect(within(v100).getByText('Does not fit')).toBeInTheDocument();
    expect(within(v100).getByText(/^activations and overhead alone exceed/)).toBeInTheDocument();
  });
});
