import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { WorkloadForm } from './workload-form';

const precision = () => screen.getByRole('group', { name: 'Precision' });
const dtypeRadio = (name: string) => within(precision()).getByRole('radio', { name });

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
    for (const name of ['fp32', 'bf16', 'fp16']) expect(dtypeRadio(name)).toBeEnabled();
    for (const name of ['fp8', 'int8', 'int4']) expect(dtypeRadio(name)).toBeDisabled();
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('base-weight options for LoRA and QLoRA'),
    );
    await user.click(dtypeRadio('fp16'));
    expect(scenario().dtype).toBe('fp16');
  });

  it('also limits full fine-tuning', async () => {
    renderWithStore(<WorkloadForm />, { mode: 'finetune', finetuneMethod: 'full' });
    expect(dtypeRadio('int4')).toBeDisabled();
  });

  it('offers int8 and int4 as the LoRA base weights', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, {
      mode: 'finetune',
      finetuneMethod: 'lora',
    });
    expect(precision()).toHaveAccessibleDescription(expect.stringContaining('frozen base'));
    await user.click(dtypeRadio('int4'));
    expect(scenario().dtype).toBe('int4');
  });

  it('explains that QLoRA keeps its base in NF4', () => {
    renderWithStore(<WorkloadForm />, { mode: 'finetune', finetuneMethod: 'qlora' });
    expect(precision()).toHaveAccessibleDescription(expect.stringContaining('4-bit NF4'));
    expect(dtypeRadio('bf16')).toBeDisabled();
  });

  it('shows the engine message when the chosen format cannot be trained', () => {
    renderWithStore(<WorkloadForm />, { mode: 'training', dtype: 'int8' });
    expect(dtypeRadio('int8')).toBeChecked();
    expect(precision()).toHaveAccessibleDescription(
      expect.stringContaining('Precision: int8 weights cannot be trained directly'),
    );
  });

  it('adds the generated tokens in inference, by slider and box', async () => {
    const { user, scenario } = renderWithStore(<WorkloadForm />, { mode: 'inference' });
    await user.click(dtypeRadio('int8'));
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
