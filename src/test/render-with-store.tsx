import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { createCalculatorStore, type CalculatorState } from '../state/calculator-store';
import { freshScenario, type Scenario } from '../domain/scenario';

/** Renders `ui` over a fresh store: the default scenario with some fields changed, and any other state (the unit). */
export function renderWithStore(
  ui: ReactNode,
  scenario: Partial<Scenario> = {},
  rest: Partial<Omit<CalculatorState, 'scenario'>> = {},
) {
  const store = createCalculatorStore({
    ...rest,
    scenario: freshScenario(scenario),
  });
  const user = userEvent.setup();
  const view = render(<CalculatorStoreProvider store={store}>{ui}</CalculatorStoreProvider>);
  return { ...view, store, user, scenario: () => store.getState().scenario };
}
