import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findModelPreset } from '../../domain/presets/models';
import type { ModelSpec } from '../../domain/model';
import { MODEL_FIELD_LABELS } from './custom-model-fields';
import { ModelPicker } from './model-picker';
import { renderWithStore } from '../../test/render-with-store';

const picker = () => screen.getByRole('combobox', { name: 'Model' });
const customModel = (model: unknown) => model as ModelSpec;

describe('ModelPicker', () => {
  it('lists the five product sizes first, then the other presets, then a custom architecture', () => {
    renderWithStore(<ModelPicker />);
    const labels = within(picker())
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels.slice(0, 5)).toEqual([
      '7B — Llama-2-7B',
      '13B — Llama-2-13B',
      '70B — Llama-2-70B',
      '175B — GPT-3 175B',
      '314B — Grok-1',
    ]);
    expect(labels.at(-1)).toBe('Custom architecture…');
    expect(picker()).toHaveValue('llama-2-7b');
  });

  it("shows the current model's key numbers", () => {
    renderWithStore(<ModelPicker />);
    expect(screen.getByText('6.74B')).toBeInTheDocument();
    expect(screen.getByText('32 / 32')).toBeInTheDocument();
    expect(screen.getByText('4,096 tokens')).toBeInTheDocument();
    expect(screen.getByText('7B (6,738,415,616)')).toBeInTheDocument();
  });

  it('applies a preset and shows active parameters and experts for a mixture of experts', async () => {
    const { user, scenario } = renderWithStore(<ModelPicker />);
    await user.selectOptions(picker(), 'Mixtral-8x7B');
    expect(scenario().model).toBe('mixtral-8x7b');
    expect(screen.getByText('46.7B (12.9B active)')).toBeInTheDocument();
    expect(screen.getByText('8, 2 per token')).toBeInTheDocument();
  });

  it('starts a custom architecture from a copy of the current model', async () => {
    const { user, scenario } = renderWithStore(<ModelPicker />, { model: 'llama-2-70b' });
    await user.selectOptions(picker(), 'Custom architecture…');
    expect(scenario().model).toEqual(findModelPreset('llama-2-70b')?.model);
    expect(scenario().model).not.toBe(findModelPreset('llama-2-70b')?.model);
    expect(picker()).toHaveValue('custom');
    expect(screen.getByRole('group', { name: 'Custom architecture' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Key/value heads (kv)' })).toHaveValue(8);
  });

  it('stores custom edits as typed and shows the engine message beside the field', async () => {
    const { user, scenario } = renderWithStore(<ModelPicker />);
    await user.selectOptions(picker(), 'Custom architecture…');
    const kvHeads = screen.getByRole('spinbutton', { name: 'Key/value heads (kv)' });
    await user.clear(kvHeads);
    await user.type(kvHeads, '3');
    expect(customModel(scenario().model).kvHeads).toBe(3);
    expect(kvHeads).toHaveValue(3);
    expect(kvHeads).toHaveAccessibleDescription(
      expect.stringContaining(
        'Key/value heads (kv) (3) must divide the attention heads (32) evenly',
      ),
    );
    const layers = screen.getByRole('spinbutton', { name: 'Layers (L)' });
    await user.clear(layers);
    await user.type(layers, '-4');
    expect(customModel(scenario().model).layers).toBe(-4);
    expect(layers).toHaveAccessibleDescription(
      expect.stringContaining('Layers (L) must be at least 1, got -4'),
    );
    expect(screen.getByText('— (fix the fields below)')).toBeInTheDocument();
  });

  it('never stores an empty box as 0 or NaN', async () => {
    const { user, scenario } = renderWithStore(<ModelPicker />);
    await user.selectOptions(picker(), 'Custom architecture…');
    const hidden = screen.getByRole('spinbutton', { name: 'Hidden size (h)' });
    await user.clear(hidden);
    expect(customModel(scenario().model).hidden).toBe(4096);
    expect(hidden).toHaveValue(null);
    expect(hidden).toHaveAccessibleDescription(
      expect.stringContaining('Hidden size (h) must be a number'),
    );
  });

  it('edits the name, choices, flags and sliding window of a custom architecture', async () => {
    const { user, scenario } = renderWithStore(<ModelPicker />);
    await user.selectOptions(picker(), 'Custom architecture…');
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    expect(screen.getByText('Name must not be empty')).toBeInTheDocument();
    await user.type(name, 'Mine');
    await user.selectOptions(screen.getByRole('combobox', { name: 'MLP' }), 'plain');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Norm' }), 'layernorm');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Positions' }), 'learned');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Attention biases' }), 'all');
    await user.click(screen.getByRole('checkbox', { name: 'Output head tied to the embeddings' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sliding-window attention' }));
    const window = screen.getByRole('spinbutton', { name: 'Attention window' });
    expect(window).toHaveValue(4096);
    await user.clear(window);
    await user.type(window, '1024');
    expect(scenario().model).toMatchObject({
      name: 'Mine',
      mlp: 'plain',
      norm: 'layernorm',
      positions: 'learned',
      attentionBias: 'all',
      tiedEmbeddings: true,
      slidingWindow: 1024,
    });
    await user.click(screen.getByRole('checkbox', { name: 'Sliding-window attention' }));
    expect(customModel(scenario().model).slidingWindow).toBeNull();
  });

  it('has a labelled control for every field of the architecture', async () => {
    const { user } = renderWithStore(<ModelPicker />);
    await user.selectOptions(picker(), 'Custom architecture…');
    await user.click(screen.getByRole('checkbox', { name: 'Sliding-window attention' }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Embeddings narrower than the hidden size' }),
    );
    for (const toggle of [
      'Multi-head latent attention (MLA)',
      'Compressed queries (MLA)',
      'Values narrower or wider than the head dimension',
    ])
      await user.click(screen.getByRole('checkbox', { name: toggle }));
    const linear = screen.getByRole('spinbutton', { name: 'Linear-attention layers' });
    await user.clear(linear);
    await user.type(linear, '3');
    for (const label of Object.values(MODEL_FIELD_LABELS))
      expect(screen.getByLabelText(label)).toBeInTheDocument();
  });

  it('returns to a preset from a custom architecture', async () => {
    const { user, scenario } = renderWithStore(<ModelPicker />);
    await user.selectOptions(picker(), 'Custom architecture…');
    await user.selectOptions(picker(), '314B — Grok-1');
    expect(scenario().model).toBe('grok-1');
    expect(screen.queryByRole('group', { name: 'Custom architecture' })).not.toBeInTheDocument();
  });

  it('names an unknown preset id from a link', () => {
    renderWithStore(<ModelPicker />, { model: 'nope' });
    expect(picker()).toHaveAccessibleDescription('Model: unknown model preset "nope"');
  });
});
