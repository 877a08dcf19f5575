import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../domain/estimate';
import { formatInteger } from '../../lib/format';
import { renderWithStore } from '../../test/render-with-store';
import { SpeedCard } from './speed-card';

const figure = (label: string) => {
  const term = within(screen.getByTestId('speed-figures')).getByText(label);
  return term.nextElementSibling?.textContent;
};

describe('SpeedCard', () => {
  it('shows step time, total time and GPU-hours for the token budget, with the assumptions', () => {
    renderWithStore(<SpeedCard />, { gpu: 'a100-80gb', trainingTokens: 2e12 });
    expect(figure('GPU-hours for 2T tokens')).toBe('179,979 GPU-hours');
    expect(figure('Time for 2T tokens')).toMatch(/ on 2 GPUs$/);
    expect(
      screen.getByText(
        /^Training is compute-bound: 6 FLOPs per active parameter \(6\.74B\) per token/,
      ),
    ).toBeInTheDocument();
  });

  it('takes the token budget as 2T, 300B or 1e12, keeping what was typed', async () => {
    const { user, scenario } = renderWithStore(<SpeedCard />);
    const box = screen.getByRole('textbox', { name: 'Training token budget' });
    expect(box).toHaveValue('1T');
    expect(box).toHaveAccessibleDescription(/tokens Read as 1,000,000,000,000 tokens\./);
    await user.clear(box);
    await user.type(box, '300B');
    expect(scenario().trainingTokens).toBe(3e11);
    expect(box).toHaveValue('300B');
    expect(figure('GPU-hours for 300B tokens')).toBe(
      `${formatInteger(estimate(scenario()).speed.gpuHours!)} GPU-hours`,
    );
    await user.clear(box);
    await user.type(box, '1e9');
    expect(scenario().trainingTokens).toBe(1e9);
    expect(box).toHaveValue('1e9');
  });

  it('names the field in every problem and never shows NaN', async () => {
    const { user, scenario } = renderWithStore(<SpeedCard />);
    const box = screen.getByRole('textbox', { name: 'Training token budget' });
    await user.clear(box);
    await user.type(box, 'lots');
    expect(scenario().trainingTokens).toBe(1e12);
    expect(box).toHaveAccessibleDescription(
      /Training token budget must be a number of tokens, such as 2T, 300B or 1e12/,
    );
    await user.clear(box);
    await user.type(box, '0');
    expect(scenario().trainingTokens).toBe(0);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/Training token budget must be at least 1, got 0/);
    expect(
      screen.getByText('Fix the highlighted inputs to see speed and training time.'),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/NaN|Infinity/);
  });

  it('takes the utilisation as a percentage: twice the utilisation, half the GPU-hours', async () => {
    const { user, scenario } = renderWithStore(<SpeedCard />);
    const before = estimate(scenario()).speed.gpuHours!;
    const box = screen.getByRole('spinbutton', { name: 'Share of peak FLOP/s reached' });
    expect(box).toHaveValue(40);
    await user.clear(box);
    await user.type(box, '80');
    expect(scenario().utilization).toBeCloseTo(0.8, 12);
    expect(figure('GPU-hours for 1T tokens')).toBe(`${formatInteger(before / 2)} GPU-hours`);
  });

  it('shows decode speed and time to first token for inference, and no token budget', () => {
    renderWithStore(<SpeedCard />, { mode: 'inference', batch: 4 });
    expect(
      screen.queryByRole('textbox', { name: 'Training token budget' }),
    ).not.toBeInTheDocument();
    expect(figure('Decode per sequence')).toMatch(/^[\d.,]+ tokens\/s$/);
    expect(figure('Decode across 4 sequences')).toMatch(/^[\d.,]+ tokens\/s$/);
    expect(figure('First token, one request alone')).toMatch(/ for 2,048 prompt tokens$/);
    expect(figure('Prefill of all 4 prompts')).toMatch(/ for 4 × 2,048 prompt tokens$/);
    expect(screen.getByText(/^Decoding is memory-bandwidth bound/)).toBeInTheDocument();
  });
});
