import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { createCalculatorStore, type CalculatorState } from '../state/calculator-store';
import { DEFAULT_SCENARIO, type Scenario } from '../domain/scenario';

/** Renders input components over a fresh store, optionally starting from some scenario fields (test helper). */
export function renderWithStore(
  ui: ReactNode,
  scenario: Partial<Scenario> = {},
  rest: Partial<Omit<CalculatorState, 'scenario'>> = {},
) {
  const store = createCalculatorStore({
    ...rest,
    scenario: { ...DEFAULT_SCENARIO, loraTargets: [...DEFAULT_SCENARIO.loraTargets], ...scenario },
  });
  const user = userEvent.setup();
  const view = render(<CalculatorStoreProvider store={store}>{ui}</CalculatorStoreProvider>);
  return { ...view, store, user, scenario: () => store.getState().scenario };
}
