import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import type { Scenario } from '../domain/scenario';
import { createCalculatorStore } from '../state/calculator-store';
import { scenarioWith } from './scenario-fixtures';
import type { UnitSystem } from '../domain/units';

/** Renders `ui` over a fresh store holding the default scenario with `overrides`. */
export function renderWithStore(
  ui: ReactNode,
  overrides: Partial<Scenario> = {},
  unit: UnitSystem = 'GB',
) {
  const store = createCalculatorStore({ scenario: scenarioWith(overrides), unit });
  const user = userEvent.setup();
  return {
    store,
    user,
    ...render(<CalculatorStoreProvider store={store}>{ui}</CalculatorStoreProvider>),
  };
}
