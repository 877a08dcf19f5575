import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { CostCard } from './cost-card';

describe('CostCard', () => {
  it('ships no price, and shows the cost of serving a million tokens at the user’s own', async () => {
    const { user, store } = renderWithStore(<CostCard />, { mode: 'inference' });
    const box = screen.getByRole('spinbutton', { name: 'Your price per GPU-hour, RTX 4090 24GB' });
    expect(box).toHaveValue(null);
    expect(screen.getByTestId('cost-figure')).toHaveTextContent('Enter a price');
    await user.type(box, '0.5');
    expect(store.getState().prices).toEqual({ 'rtx-4090': 0.5 });
    expect(screen.getByTestId('cost-figure')).toHaveTextContent(
      /^[\d.,]+ per million generated tokens, on 1 GPU$/,
    );
    await user.click(screen.getByRole('button', { name: 'Clear the price' }));
    expect(store.getState().prices).toEqual({});
  });

  it('costs a training run from its GPU-hours, and names a negative price', async () => {
    const { user } = renderWithStore(<CostCard />);
    const box = screen.getByRole('spinbutton', { name: /Your price per GPU-hour/ });
    await user.type(box, '2');
    expect(screen.getByTestId('cost-figure')).toHaveTextContent(
      /for the training run's .* GPU-hours$/,
    );
    await user.clear(box);
    await user.type(box, '-1');
    expect(box).toHaveAccessibleDescription(/must be from 0 to 1,000,000, got -1/);
  });
});
