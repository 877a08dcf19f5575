import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { CompareSection } from './compare-section';

describe('CompareSection', () => {
  it('pins the scenario as A, then shows what changing the GPU moved, marked', async () => {
    const { user, store } = renderWithStore(<CompareSection />, { mode: 'inference' });
    await user.click(screen.getByRole('button', { name: 'Pin this scenario as A' }));
    act(() => store.getState().applyGpuPreset('h100-80gb'));
    const table = screen.getByRole('table', { name: /pinned scenario \(A\) beside the current/ });
    const gpu = within(table).getByRole('row', { name: /^GPU \(differs\)/ });
    expect(
      within(gpu)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['RTX 4090 24GB', 'H100 80GB']);
    expect(within(table).getByRole('row', { name: /^Model / })).not.toHaveClass('compare__differs');
  });

  it('swaps A and B, and stops comparing', async () => {
    const { user, store } = renderWithStore(<CompareSection />);
    await user.click(screen.getByRole('button', { name: 'Pin this scenario as A' }));
    act(() => store.getState().setField('batch', 4));
    await user.click(screen.getByRole('button', { name: 'Swap A and B' }));
    expect(store.getState().scenario.batch).toBe(1);
    expect(store.getState().pinned?.batch).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(store.getState().pinned).toBeNull();
    expect(screen.getByRole('button', { name: 'Pin this scenario as A' })).toBeInTheDocument();
  });
});
