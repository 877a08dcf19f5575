import { useCalculator } from '../../app/store-context';
import { validateScenario, type Scenario } from '../../domain/scenario';

const cache = new WeakMap<Scenario, ReadonlyMap<string, string>>();

/** The engine's messages by field name ("batch", "model.heads"), computed once per scenario object. */
export function issuesByField(scenario: Scenario): ReadonlyMap<string, string> {
  let byField = cache.get(scenario);
  if (!byField) {
    const grouped = new Map<string, string>();
    for (const issue of validateScenario(scenario)) {
      const earlier = grouped.get(issue.field);
      grouped.set(issue.field, earlier ? `${earlier}; ${issue.message}` : issue.message);
    }
    byField = grouped;
    cache.set(scenario, byField);
  }
  return byField;
}

/**
 * The engine's message for one field, or undefined. It selects a string, so a field re-renders only
 * when its own message changes, however many other fields the user moves.
 */
export function useFieldIssue(field: string): string | undefined {
  return useCalculator((state) => issuesByField(state.scenario).get(field));
}
