import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { WorkloadForm } from './workload-form';

const precision = () => screen.getByRole('combobox', { name: 'Precision' });
const formatOption = (name: string) => within(precision()).getByRole('option', { name });

describe('WorkloadForm', () => {
  it('steps the batch size over powers of two with the arrow keys', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />);
    const slider = screen.getByRole('slider', { name: 'Batch size' });
    expect(slider).toHaveAttribute('aria-valuetext', '1 sequence');
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(scenario().batch).toBe(8);
    expect(screen.getByRole('spinbutton', { name: 'Batch size (exact)' })).toHaveValue(8);
    await user.keyboard('{ArrowLeft}');
    expect(scenario().batch).toBe(4);
  });

  it('snaps the sequence length slider to powers of two from 128 to 131,072 tokens', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, { seqLen: 3000 });
    const slider = screen.getByRole('slider', { name: 'Sequence length' });
    expect(slider).toHaveAttribute('aria-valuetext', '3,000 tokens');
    slider.focus();
    await user.keyboard('{ArrowUp}');
    expect(scenario().seqLen).toBe(4096);
    await user.keyboard('{End}');
    expect(scenario().seqLen).toBe(131_072);
    await user.keyboard('{Home}');
    expect(scenario().seqLen).toBe(128);
  });

  it('takes any integer in the exact box and stores out-of-range values with the engine message', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />);
    const box = screen.getByRole('spinbutton', { name: 'Batch size (exact)' });
    await user.clear(box);
    await user.type(box, '3');
    expect(scenario().batch).toBe(3);
    await user.clear(box);
    await user.type(box, '0');
    expect(scenario().batch).toBe(0);
    expect(box).toHaveValue(0);
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining('Batch size must be at least 1, got 0'),
    );
  });

  it('keeps an empty box out of the store and says it must be a number', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />);
    const box = screen.getByRole('spinbutton', { name: 'Sequence length (exact)' });
    await user.clear(box);
    expect(scenario().seqLen).toBe(2048);
    expect(box).toHaveValue(null);
    expect(screen.getByText('Sequence length must be a number')).toBeInTheDocument();
    await user.type(box, '1000.5');
    expect(scenario().seqLen).toBe(1000.5);
    expect(
      screen.getByText('Sequence length must be a whole number, got 1000.5'),
    ).toBeInTheDocument();
  });

  it('allows only fp32, bf16 and fp16 in training and says why', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />);
    for (const name of ['fp32', 'bf16', 'fp16']) expect(formatOption(name)).toBeEnabled();
    for (const name of [
      'fp8 (per-tensor scale)',
      'int8 (LLM.int8)',
      'int4 (group 128)',
      'GGUF Q4_K_M',
    ])
      expect(formatOption(name)).toBeDisabled();
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('frozen bases for LoRA and QLoRA'),
    );
    await user.selectOptions(precision(), 'fp16');
    expect(scenario().dtype).toBe('fp16');
  });

  it('groups the formats by family', () => {
    renderWithStore(<WorkloadForm />, { mode: 'inference' });
    const groups = within(precision())
      .getAllByRole('group')
      .map((group) => group.getAttribute('label'));
    expect(groups).toEqual([
      '16/32-bit float',
      'FP8',
      'Integer (LLM.int8, GPTQ, AWQ)',
      'bitsandbytes 4-bit (QLoRA)',
      'FP4 microscaling',
      'GGUF (llama.cpp)',
    ]);
  });

  it('also limits full fine-tuning', () => {
    renderWithStore(<WorkloadForm />, { mode: 'finetune', finetuneMethod: 'full' });
    expect(formatOption('int4 (group 128)')).toBeDisabled();
  });

  it('offers every quantized format as the LoRA base weights', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, {
      mode: 'finetune',
      finetuneMethod: 'lora',
    });
    expect(precision()).toHaveAccessibleDescription(expect.stringContaining('frozen base'));
    await user.selectOptions(precision(), 'GPTQ int4 (g128)');
    expect(scenario().dtype).toBe('gptq-int4');
  });

  it('QLoRA offers the bitsandbytes 4-bit formats and shows NF4 for any other base', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, {
      mode: 'finetune',
      finetuneMethod: 'qlora',
    });
    expect(precision()).toHaveValue('bnb-nf4');
    expect(within(precision()).getAllByRole('option')).toHaveLength(4);
    expect(precision()).toHaveAccessibleDescription(expect.stringContaining('NF4 unless'));
    await user.selectOptions(precision(), 'bitsandbytes NF4, double quant');
    expect(scenario().dtype).toBe('bnb-nf4-dq');
  });

  it('says how the chosen format stores its weights and where that comes from', () => {
    renderWithStore(<WorkloadForm />, { mode: 'inference', dtype: 'gguf-q4_k_m' });
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('GGUF Q4_K_M: Q4_K blocks of 4.5 bits per weight'),
    );
    expect(precision()).toHaveAccessibleDescription(expect.stringContaining('Source: llama.cpp'));
  });

  it('shows the engine message when the chosen format cannot be trained', () => {
    renderWithStore(<WorkloadForm />, { mode: 'training', dtype: 'int8' });
    expect(precision()).toHaveValue('int8');
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('Precision: int8 (LLM.int8) weights cannot be trained directly'),
    );
  });

  it('adds the generated tokens in inference, by slider and box', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, { mode: 'inference' });
    await user.selectOptions(precision(), 'int8 (LLM.int8)');
    expect(scenario().dtype).toBe('int8');
    const slider = screen.getByRole('slider', { name: 'Generated tokens' });
    expect(slider).toHaveAttribute('aria-valuetext', '256 tokens');
    slider.focus();
    await user.keyboard('{Home}');
    expect(scenario().generatedTokens).toBe(0);
    await user.keyboard('{ArrowRight}');
    expect(scenario().generatedTokens).toBe(16);
    const box = screen.getByRole('spinbutton', { name: 'Generated tokens (exact)' });
    await user.clear(box);
    await user.type(box, '1000');
    expect(scenario().generatedTokens).toBe(1000);
  });

  it('has no generated tokens outside inference', () => {
    renderWithStore(<WorkloadForm />);
    expect(screen.queryByRole('slider', { name: 'Generated tokens' })).not.toBeInTheDocument();
  });
});
