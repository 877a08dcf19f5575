import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdvancedSettings } from './advanced-settings';
import { renderWithStore } from '../../test/render-with-store';

const box = (name: string) => screen.getByRole('spinbutton', { name });
const select = (name: string) => screen.getByRole('combobox', { name });

async function open(user: ReturnType<typeof renderWithStore>['user']) {
  await user.click(screen.getByText('Advanced'));
}

describe('AdvancedSettings', () => {
  it('opens from its summary', async () => {
    const { user } = renderWithStore(<AdvancedSettings />);
    const details = screen.getAllByRole('group')[0];
    expect(details).not.toHaveAttribute('open');
    await open(user);
    expect(details).toHaveAttribute('open');
  });

  it('sets the training options', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />);
    await open(user);
    await user.selectOptions(select('Optimizer'), '8-bit Adam');
    await user.selectOptions(select('Gradients dtype'), 'fp32');
    await user.selectOptions(select('Activation recompute'), 'selective');
    await user.selectOptions(select('Attention'), 'eager');
    await user.click(screen.getByRole('checkbox', { name: /Dropout/ }));
    expect(scenario()).toMatchObject({
      optimizer: 'adam-8bit',
      gradients: 'fp32',
      recompute: 'selective',
      attention: 'eager',
      dropout: true,
    });
  });

  it('hides the training options and shows the KV-cache dtype when serving', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />, { mode: 'inference' });
    await open(user);
    expect(screen.queryByRole('combobox', { name: 'Optimizer' })).not.toBeInTheDocument();
    await user.selectOptions(select('KV-cache dtype'), 'fp8');
    expect(scenario().kvDtype).toBe('fp8');
  });

  it('sets the weight accounting', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />);
    await user.selectOptions(select('Weight accounting'), 'naive');
    expect(scenario().weightAccounting).toBe('naive');
    expect(screen.queryByRole('combobox', { name: 'KV-cache dtype' })).not.toBeInTheDocument();
  });

  it('keeps the parallel sizes for a manual layout, and the ZeRO stage always', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />);
    expect(box('Tensor parallel')).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /Sequence parallel/ })).toBeDisabled();
    await user.selectOptions(
      select('ZeRO stage (FSDP full shard = 3)'),
      '3: + weights (FSDP full shard)',
    );
    expect(scenario().zeroStage).toBe(3);
    await user.click(screen.getByRole('radio', { name: 'Manual' }));
    expect(scenario().layout).toBe('manual');
    for (const [name, field, value] of [
      ['Tensor parallel', 'tensorParallel', 2],
      ['Pipeline parallel', 'pipelineParallel', 4],
      ['Data parallel', 'dataParallel', 16],
    ] as const) {
      await user.clear(box(name));
      await user.type(box(name), String(value));
      expect(scenario()[field]).toBe(value);
    }
    await user.click(screen.getByRole('checkbox', { name: /Sequence parallel/ }));
    expect(scenario().sequenceParallel).toBe(true);
  });

  it('shows the layout the automatic search chose, marked auto, and Manual starts from it', async () => {
    // Issue 16: the boxes said 1 while the automatic layout used TP 4.
    const { user, scenario } = renderWithStore(<AdvancedSettings />, {
      mode: 'inference',
      engine: 'hf',
      model: 'llama-2-70b',
      gpu: 'a100-40gb',
    });
    const tp = box('Tensor parallel');
    expect(tp).toBeDisabled();
    expect(tp).toHaveValue(4);
    expect(tp).toHaveAccessibleDescription(expect.stringMatching(/^GPUs \(auto\) The layout/));
    expect(box('Pipeline parallel')).toHaveValue(1);
    expect(box('Data parallel')).toHaveValue(1);
    expect(scenario().tensorParallel).toBe(1);
    await user.click(screen.getByRole('radio', { name: 'Manual' }));
    expect(scenario()).toMatchObject({
      layout: 'manual',
      tensorParallel: 4,
      pipelineParallel: 1,
      dataParallel: 1,
    });
    expect(tp).toBeEnabled();
    expect(tp).toHaveValue(4);
    expect(tp).toHaveAccessibleDescription('GPUs');
  });

  it("shows the engine's message for a layout that does not divide the model", async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />, { layout: 'manual' });
    await user.clear(box('Tensor parallel'));
    await user.type(box('Tensor parallel'), '3');
    expect(scenario().tensorParallel).toBe(3);
    expect(box('Tensor parallel')).toHaveAccessibleDescription(
      expect.stringContaining('Tensor parallel (3) must divide the attention heads (32)'),
    );
  });

  it('offers the LoRA options only for LoRA and QLoRA', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />, {
      mode: 'finetune',
      finetuneMethod: 'qlora',
    });
    await user.clear(box('LoRA rank (r)'));
    await user.type(box('LoRA rank (r)'), '64');
    expect(scenario().loraRank).toBe(64);
    const targets = screen.getByRole('group', { name: 'LoRA targets' });
    await user.click(within(targets).getByRole('checkbox', { name: 'up' }));
    await user.click(within(targets).getByRole('checkbox', { name: 'k (key)' }));
    expect(scenario().loraTargets).toEqual(['q', 'v', 'o', 'up']);
    await user.selectOptions(select('Adapter dtype'), 'fp32');
    expect(scenario().adapterDtype).toBe('fp32');
  });

  it('says when no LoRA target is chosen', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />, {
      mode: 'finetune',
      loraTargets: ['q'],
    });
    await user.click(screen.getByRole('checkbox', { name: 'q (query)' }));
    expect(scenario().loraTargets).toEqual([]);
    expect(screen.getByRole('group', { name: 'LoRA targets' })).toHaveAccessibleDescription(
      'LoRA targets: choose at least one projection to adapt',
    );
  });

  it('has no LoRA options for full fine-tuning', () => {
    renderWithStore(<AdvancedSettings />, { mode: 'finetune', finetuneMethod: 'full' });
    expect(screen.queryByRole('spinbutton', { name: 'LoRA rank (r)' })).not.toBeInTheDocument();
  });

  it("takes the runtime overhead in the store's unit and keeps it in bytes", async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />);
    const overhead = box('Runtime overhead per GPU');
    // The default 1 GiB reads 1 in the default unit, not 1.07374182… (issue 16).
    expect(overhead).toHaveValue(1);
    expect(overhead).toHaveAccessibleDescription(expect.stringContaining('GiB'));
    await user.clear(overhead);
    await user.type(overhead, '1.5');
    expect(scenario().overheadBytes).toBe(1.5 * 2 ** 30);
  });

  it('shows the overhead in GB too', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />, {}, { unit: 'GB' });
    const overhead = box('Runtime overhead per GPU');
    expect(overhead).toHaveValue(1.073741824);
    await user.clear(overhead);
    await user.type(overhead, '2');
    expect(scenario().overheadBytes).toBe(2e9);
    await user.clear(overhead);
    expect(scenario().overheadBytes).toBe(2e9);
    expect(overhead).toHaveAccessibleDescription(
      expect.stringContaining('Runtime overhead per GPU must be a number'),
    );
  });

  it('takes the safety margin and utilisation as percentages', async () => {
    const { user, scenario } = renderWithStore(<AdvancedSettings />);
    expect(box('Utilisation')).toHaveValue(40);
    await user.clear(box('Safety margin'));
    await user.type(box('Safety margin'), '7');
    expect(scenario().safetyMargin).toBe(0.07);
    expect(box('Safety margin')).toHaveValue(7);
    await user.clear(box('Utilisation'));
    await user.type(box('Utilisation'), '150');
    expect(scenario().utilization).toBe(1.5);
    expect(box('Utilisation')).toHaveValue(150);
    expect(box('Utilisation')).toHaveAccessibleDescription(
      expect.stringContaining('Utilisation must be from 1 to 100 %, got 150 %'),
    );
  });
});
