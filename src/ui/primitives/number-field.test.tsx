import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NumberField } from './number-field';

function Harness({ onCommit, issue }: { onCommit: (value: number) => void; issue?: string }) {
  const [value, setValue] = useState(5);
  return (
    <NumberField
      label="Rank"
      unit="dims"
      value={value}
      issue={issue}
      onCommit={(next) => {
        onCommit(next);
        setValue(next);
      }}
    />
  );
}

describe('NumberField', () => {
  it('is named by its label and described by its unit', () => {
    render(<Harness onCommit={vi.fn()} />);
    const box = screen.getByRole('spinbutton', { name: 'Rank' });
    expect(box).toHaveValue(5);
    expect(box).toHaveAccessibleDescription('dims');
  });

  it('commits out-of-range numbers as typed and keeps blank text out of the value', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} issue="must be at least 1, got -3" />);
    const box = screen.getByRole('spinbutton', { name: 'Rank' });
    await user.clear(box);
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByText('Rank must be a number')).toBeInTheDocument();
    await user.type(box, '-3');
    expect(onCommit).toHaveBeenLastCalledWith(-3);
    expect(box).toHaveValue(-3);
    expect(box).toHaveAccessibleDescription('dims Rank must be at least 1, got -3');
  });
});
