import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { estimateResolved } from '../domain/estimate';
import type { ResolvedScenario, Scenario } from '../domain/scenario';
import { validateScenario } from '../domain/scenario-validation';
import { createCalculatorStore } from '../state/calculator-store';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { App } from './app';

vi.mock('../domain/scenario-validation', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../domain/scenario-validation')>();
  return { ...actual, validateScenario: vi.fn(actual.validateScenario) };
});
vi.mock('../domain/estimate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../domain/estimate')>();
  return { ...actual, estimateResolved: vi.fn(actual.estimateResolved) };
});

/** An estimate of this very scenario, not of one of its dtype or GPU variants. */
const isEstimateOf = (s: Scenario) => (resolved: ResolvedScenario) =>
  resolved.batch === s.batch &&
  resolved.seqLen === s.seqLen &&
  resolved.dtype === s.dtype &&
  resolved.gpuPresetId === s.gpu &&
  resolved.modelPresetId === s.model;

describe('the whole page, one slider step', () => {
  beforeEach(() => {
    vi.mocked(validateScenario).mockClear();
    vi.mocked(estimateResolved).mockClear();
  });

  it('validates and estimates the new scenario once, whatever number of regions read it', async () => {
    const store = createCalculatorStore();
    render(
      <CalculatorStoreProvider store={store}>
        <App />
      </CalculatorStoreProvider>,
    );
    // The regions below the fold load their own scripts; every one of them reads the analysis too.
    await waitFor(() => expect(screen.queryByText(/: loading…$/)).not.toBeInTheDocument(), {
      timeout: 20_000,
    });
    expect(screen.getByRole('region', { name: 'By data type' })).toBeInTheDocument();
    const user = userEvent.setup();
    screen.getByRole('slider', { name: 'Batch size' }).focus();
    vi.mocked(validateScenario).mockClear();
    vi.mocked(estimateResolved).mockClear();

    await user.keyboard('{ArrowRight}');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    const stepped = store.getState().scenario;
    expect(stepped.batch).toBe(2);
    const validations = vi.mocked(validateScenario).mock.calls.filter(([s]) => s === stepped);
    expect(validations).toHaveLength(1);
    const estimates = vi
      .mocked(estimateResolved)
      .mock.calls.filter(([resolved]) => isEstimateOf(stepped)(resolved));
    expect(estimates).toHaveLength(1);
    // The regions below read the same analysis: the verdict and the tables all show batch 2.
    expect(screen.getByTestId('summary')).toHaveTextContent('batch 2');
  }, 30_000);
});
