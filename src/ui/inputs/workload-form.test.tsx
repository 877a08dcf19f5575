import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { WorkloadForm } from './workload-form';
import { FORMATS_BY_BITS } from '../../domain/formats/catalogue';
import { modelWeightBytes } from '../../domain/formats/scenario-weights';
import { findModelPreset } from '../../domain/presets/models';

const mixtral = findModelPreset('mixtral-8x7b')!.model;

const precision = () => screen.getByRole('slider', { name: 'Precision' });
/** The stops under the slider: labels a pointer can press (hidden from assistive technology). */
const stops = () =>
  within(screen.getByTestId('precision-stops')).getAllByRole('button', { hidden: true });
const stop = (name: string) => {
  const found = stops().find((button) => button.textContent === name);
  if (!found) throw new Error(`no precision stop "${name}"`);
  return found;
};

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

  it('steps the precision slider through the formats in order of bits, skipping what training cannot use', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />);
    expect(precision()).toHaveAttribute('aria-valuetext', 'bf16, 16 bits per weight');
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('frozen bases for LoRA and QLoRA'),
    );
    precision().focus();
    await user.keyboard('{ArrowRight}');
    expect(scenario().dtype).toBe('fp16');
    // Every format past fp16 is a frozen base only: the slider does not go there in training.
    await user.keyboard('{ArrowRight}{End}');
    expect(scenario().dtype).toBe('fp16');
    await user.keyboard('{Home}');
    expect(scenario().dtype).toBe('fp32');
    expect(stop('GGUF Q4_K_M')).toBeDisabled();
    expect(stop('bf16')).toBeEnabled();
  });

  it('labels every stop, from fp32 down to 2-bit GGUF, and a stop can be pressed', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, {
      mode: 'inference',
      model: 'llama-3.1-8b',
    });
    const labels = stops().map((button) => button.textContent);
    expect(labels[0]).toBe('fp32');
    expect(labels).toContain('GGUF Q4_K_M');
    expect(labels).toContain('MXFP4');
    expect(labels.at(-1)).toMatch(/Q2_K/);
    await user.click(stop('GGUF Q4_K_M'));
    expect(scenario().dtype).toBe('gguf-q4_k_m');
    // The bits over the whole model, as the file holds them: unsloth/Llama-3.1-8B-Instruct-GGUF
    // Llama-3.1-8B-Instruct-Q4_K_M.gguf is 4,920,739,200 bytes for 8,030,261,248 parameters.
    const text = precision().getAttribute('aria-valuetext') ?? '';
    const [, bits] = /^GGUF Q4_K_M, ([\d.]+) bits per weight$/.exec(text) ?? [];
    expect(Number(bits)).toBeCloseTo((4_920_739_200 * 8) / 8_030_261_248, 1);
  });

  it('walks every format in order of bits by the arrow keys, serving a mixture of experts', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, {
      mode: 'inference',
      model: 'mixtral-8x7b',
    });
    precision().focus();
    await user.keyboard('{Home}');
    const walked = [scenario().dtype];
    for (let step = 1; step < FORMATS_BY_BITS.length; step++) {
      await user.keyboard('{ArrowRight}');
      walked.push(scenario().dtype);
    }
    expect([...walked].sort()).toEqual([...FORMATS_BY_BITS].sort());
    // Each step holds fewer weight bytes than the last, or as many (bf16 and fp16).
    const bytes = walked.map((id) => modelWeightBytes(mixtral, id).total);
    bytes.slice(1).forEach((b, i) => expect(b, walked[i + 1]).toBeLessThanOrEqual(bytes[i]!));
  });

  it('steps over MXFP4_MOE on a dense model, where it is Q8_0 throughout and memory would rise', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, { mode: 'inference' });
    expect(stop('GGUF MXFP4_MOE')).toBeDisabled();
    precision().focus();
    await user.keyboard('{Home}');
    const walked = [scenario().dtype];
    for (let step = 1; step < FORMATS_BY_BITS.length; step++) {
      await user.keyboard('{ArrowRight}');
      walked.push(scenario().dtype);
    }
    expect(walked).not.toContain('gguf-mxfp4_moe');
  });

  it('also limits full fine-tuning', () => {
    renderWithStore(<WorkloadForm />, { mode: 'finetune', finetuneMethod: 'full' });
    expect(stop('int4 (group 128)')).toBeDisabled();
  });

  it('offers every quantized format as the LoRA base weights', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, {
      mode: 'finetune',
      finetuneMethod: 'lora',
    });
    expect(precision()).toHaveAccessibleDescription(expect.stringContaining('frozen base'));
    await user.click(stop('GPTQ int4 (g128)'));
    expect(scenario().dtype).toBe('gptq-int4');
  });

  it('QLoRA offers the bitsandbytes 4-bit formats and shows NF4 with double quantization for any other base', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, {
      mode: 'finetune',
      finetuneMethod: 'qlora',
    });
    expect(precision()).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^bitsandbytes NF4,/),
    );
    expect(stops().filter((button) => !(button as HTMLButtonElement).disabled)).toHaveLength(4);
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('NF4 with double quantization, the QLoRA recipe'),
    );
    await user.click(stop('bitsandbytes NF4'));
    expect(scenario().dtype).toBe('bnb-nf4');
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
    expect(precision()).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^int8 \(LLM\.int8\)/),
    );
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('Precision: int8 (LLM.int8) weights cannot be trained directly'),
    );
  });

  it('adds the generated tokens in inference, by slider and box', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, { mode: 'inference' });
    await user.click(stop('int8 (LLM.int8)'));
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
