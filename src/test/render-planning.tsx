import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { DEFAULT_SCENARIO, type Scenario } from '../domain/scenario';
import { createCalculatorStore } from '../state/calculator-store';

/** Renders planning components over a fresh store starting from some scenario fields (test helper). */
export function renderPlanning(ui: ReactNode, scenario: Partial<Scenario> = {}) {
  const store = createCalculatorStore({
    scenario: { ...DEFAULT_SCENARIO, loraTargets: [...DEFAULT_SCENARIO.loraTargets], ...scenario },
  });
  const user = userEvent.setup();
  render(<CalculatorStoreProvider store={store}>{ui}</CalculatorStoreProvider>);
  return { store, user, scenario: () => store.getState().scenario };
}

/** Lets the lazily loaded charts arrive, so no update lands after the test. */
export const chartsLoaded = () =>
  waitFor(() => expect(screen.queryAllByText('Loading chart…')).toHaveLength(0), {
    timeout: 10_000,
  });
