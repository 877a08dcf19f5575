import { createContext, useContext } from 'react';
import type { Scenario } from '../../domain/scenario';
import { useCalculator } from './calculator-context';

/**
 * The scenario a region of the results shows, provided by the region (app/result-region.tsx);
 * null outside any region.
 */
export const ShownScenarioContext = createContext<Scenario | null>(null);

/**
 * The scenario a part of the results shows. Inside a ResultRegion it is the region's (the live one
 * on screen, the latest one React has had time for off screen); elsewhere it is the store's.
 */
export function useShownScenario(): Scenario {
  const shown = useContext(ShownScenarioContext);
  // Inside a region this selects null, so a slider step does not re-render the component through
  // the store; it re-renders when the region hands it a new scenario.
  const live = useCalculator((state) => (shown ? null : state.scenario));
  if (shown) return shown;
  if (!live) throw new Error('useShownScenario found neither a region nor a scenario in the store');
  return live;
}
