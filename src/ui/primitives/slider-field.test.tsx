import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SliderField } from './slider-field';
import { powersOfTwo } from './slider-stops';

const STOPS = powersOfTwo(1, 1024);

function Harness({
  initial = 1,
  issue,
  onCommit,
}: {
  initial?: number;
  issue?: string;
  onCommit?: (value: number) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <SliderField
        label="Batch size"
        unit="sequences"
        value={value}
        scale={{ stops: STOPS }}
        issue={issue}
        onCommit={(next) => {
          onCommit?.(next);
          setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue(64)}>
        Set elsewhere
      </button>
    </>
  );
}

describe('SliderField', () => {
  it('names the slider and the exact box by the visible label, with the unit in the value text', () => {
    render(<Harness initial={2048 / 256} />);
    const slider = screen.getByRole('slider', { name: 'Batch size' });
    expect(slider).toHaveAttribute('aria-valuetext', '8 sequences');
    expect(screen.getByRole('spinbutton', { name: 'Batch size (exact)' })).toHaveValue(8);
    expect(screen.getByText('sequences')).toBeVisible();
  });

  it('steps over powers of two with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Harness initial={3} onCommit={onCommit} />);
    const slider = screen.getByRole('slider', { name: 'Batch size' });
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(onCommit).toHaveBeenLastCalledWith(4);
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(onCommit).toHaveBeenLastCalledWith(16);
    await user.keyboard('{ArrowLeft}{ArrowDown}');
    expect(onCommit).toHaveBeenLastCalledWith(4);
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuetext', '1,024 sequences');
    await user.keyboard('{ArrowRight}');
    expect(onCommit).toHaveBeenCalledTimes(6);
    await user.keyboard('{Home}');
    expect(onCommit).toHaveBeenLastCalledWith(1);
  });

  it('moves to the next stop below an exact value that sits between stops', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Harness initial={3} onCommit={onCommit} />);
    screen.getByRole('slider', { name: 'Batch size' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(onCommit).toHaveBeenLastCalledWith(2);
  });

  it('keeps what is typed, commits any number and never commits blank text', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<Harness initial={8} onCommit={onCommit} issue={undefined} />);
    const box = screen.getByRole('spinbutton', { name: 'Batch size (exact)' });
    await user.clear(box);
    expect(onCommit).not.toHaveBeenCalled();
    expect(box).toHaveValue(null);
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Batch size must be a number'));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.type(box, '300');
    expect(onCommit).toHaveBeenLastCalledWith(300);
    expect(box).toHaveValue(300);
    expect(screen.getByRole('slider', { name: 'Batch size' })).toHaveAttribute(
      'aria-valuetext',
      '300 sequences',
    );
  });

  it('shows the value set elsewhere, replacing a half-typed box', async () => {
    const user = userEvent.setup();
    render(<Harness initial={8} />);
    const box = screen.getByRole('spinbutton', { name: 'Batch size (exact)' });
    await user.clear(box);
    await user.click(screen.getByRole('button', { name: 'Set elsewhere' }));
    expect(box).toHaveValue(64);
    expect(screen.queryByText(/must be a number/)).not.toBeInTheDocument();
  });

  it('shows the message it is given, naming the field', () => {
    render(<Harness initial={0} issue="must be at least 1, got 0" />);
    expect(
      screen.getByRole('spinbutton', { name: 'Batch size (exact)' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Batch size must be at least 1, got 0'));
  });
});
