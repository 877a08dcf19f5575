import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { Verdict } from './verdict';

const liveRegion = () =>
  within(screen.getByRole('region', { name: 'Verdict' })).getByRole('status');

describe('Verdict', () => {
  it('says Llama-2-7B inference fits on one RTX 4090, in a polite live region', () => {
    renderWithStore(<Verdict />, { mode: 'inference', engine: 'hf' });
    expect(liveRegion()).toHaveTextContent('Fits on 1 × RTX 4090 24GB with 9.06 GiB to spare');
    expect(screen.getByTestId('summary')).toHaveTextContent('Llama-2-7B · inference · bf16');
  });

  it('shows per-GPU use, the total and speed', () => {
    renderWithStore(<Verdict />, { mode: 'inference', engine: 'hf' }, { unit: 'GB' });
    const card = screen.getByRole('region', { name: 'Verdict' });
    expect(within(card).getByText('Per GPU')).toBeInTheDocument();
    expect(within(card).getByText('16 GB of 25.8 GB usable (62.2%)')).toBeInTheDocument();
    expect(
      within(card).getByText('41.4 tokens/s per sequence, 41.4 tokens/s across 1 sequence'),
    ).toBeInTheDocument();
    expect(within(card).getByText('418 ms')).toBeInTheDocument();
  });

  it('puts the seed’s rule of thumb beside the answer, with why they differ', () => {
    renderWithStore(<Verdict />);
    const rule = screen.getByRole('complementary', {
      name: 'Rule of thumb (seed article), for training',
    });
    expect(rule).toHaveTextContent('7 GPUs');
    expect(rule).toHaveTextContent('⌈6.74 × 18 × 1.25 ÷ 24⌉');
    expect(rule).toHaveTextContent('16 bytes per parameter for AdamW with bf16 weights');
  });

  it('names the mode the rule of thumb counts for, so "33 GPUs" is not read against serving', () => {
    renderWithStore(<Verdict />, { mode: 'inference', engine: 'hf' });
    expect(
      screen.getByRole('complementary', { name: 'Rule of thumb (seed article), for serving' }),
    ).toBeInTheDocument();
  });

  it('training: leads with the framework plan, never tensor parallel over PCIe, and names what recomputation would save', () => {
    renderWithStore(<Verdict />);
    const region = liveRegion();
    expect(region).toHaveTextContent('FSDP full shard on 17 × RTX 4090 24GB');
    expect(region).not.toHaveTextContent('tensor parallel');
    expect(region).toHaveTextContent('Does not fit with plain DDP at any size');
    expect(region).toHaveTextContent(
      'With full activation checkpointing (gradient_checkpointing=True in Hugging Face, --recompute-granularity full in Megatron-LM): FSDP full shard on 7 × RTX 4090 24GB.',
    );
  });

  it('a tight plan is not shown as a plain fit', () => {
    renderWithStore(<Verdict />, {
      mode: 'finetune',
      recompute: 'full',
      layout: 'manual',
      allocatorMargin: 0,
      batch: 6,
    });
    const headline = within(liveRegion()).getByText(/tight at [\d.]+% of usable memory/);
    expect(headline).toHaveClass('warn-text');
  });

  it('follows the store’s unit', () => {
    const { store } = renderWithStore(<Verdict />, { mode: 'inference', engine: 'hf' });
    act(() => store.getState().setUnit('GB'));
    // 9.06 GiB × 1.0737 GB/GiB.
    expect(liveRegion()).toHaveTextContent('Fits on 1 × RTX 4090 24GB with 9.73 GB to spare');
  });

  it('shows the engine’s warnings by field', () => {
    renderWithStore(<Verdict />, { mode: 'inference', engine: 'hf', seqLen: 8000 });
    expect(
      screen.getByText(
        'Sequence length: 8256 tokens is longer than the 4096 positions Llama-2-7B was trained for',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the live region through invalid input and shows no stale numbers', () => {
    const { store } = renderWithStore(<Verdict />, { mode: 'inference', engine: 'hf' });
    act(() => store.getState().setField('batch', Number.NaN));
    expect(liveRegion()).toHaveTextContent(
      'No estimate until the problems listed above are fixed.',
    );
    expect(screen.queryByText(/tokens\/s/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('summary')).not.toBeInTheDocument();
  });
});
