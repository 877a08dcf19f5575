import { analyse } from '../../domain/analysis';
import { useCalculator } from '../../state/react/calculator-context';

/**
 * The engine's message for one field ("batch", "model.heads"), or undefined. It selects a string, so
 * a field re-renders only when its own message changes, however many other fields the user moves.
 */
export function useFieldIssue(field: string): string | undefined {
  return useCalculator((state) => analyse(state.scenario).issuesByField.get(field));
}
