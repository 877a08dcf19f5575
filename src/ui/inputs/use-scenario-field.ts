import { useCalculator } from '../../state/react/calculator-context';
import type { Scenario } from '../../domain/scenario';

/** One scenario field and its setter, subscribed to that field alone. */
export function useScenarioField<K extends keyof Scenario>(
  key: K,
): [Scenario[K], (value: Scenario[K]) => void] {
  const value = useCalculator((state) => state.scenario[key]);
  const setField = useCalculator((state) => state.setField);
  return [value, (next) => setField(key, next)];
}
