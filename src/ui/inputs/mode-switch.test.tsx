import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModeSwitch } from './mode-switch';
import { renderWithStore } from '../../test/render-with-store';

describe('ModeSwitch', () => {
  it('switches between training, fine-tuning and inference', async () => {
    const { user, scenario } = renderWithStore(<ModeSwitch />);
    expect(screen.getByRole('group', { name: 'Mode' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Training' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Inference' }));
    expect(scenario().mode).toBe('inference');
    await user.click(screen.getByRole('radio', { name: 'Fine-tuning' }));
    expect(scenario().mode).toBe('finetune');
  });

  it('moves between modes with the arrow keys', async () => {
    const { user, scenario } = renderWithStore(<ModeSwitch />);
    screen.getByRole('radio', { name: 'Training' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(scenario().mode).toBe('finetune');
  });

  it('offers the fine-tuning method only when fine-tuning', async () => {
    const { user, scenario } = renderWithStore(<ModeSwitch />);
    expect(screen.queryByRole('group', { name: 'Fine-tuning method' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Fine-tuning' }));
    expect(screen.getByRole('radio', { name: 'LoRA' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'QLoRA' }));
    expect(scenario().finetuneMethod).toBe('qlora');
    expect(screen.getByRole('group', { name: 'Fine-tuning method' })).toHaveAccessibleDescription(
      expect.stringContaining('NF4'),
    );
    await user.click(screen.getByRole('radio', { name: 'Full' }));
    expect(scenario().finetuneMethod).toBe('full');
  });
});
