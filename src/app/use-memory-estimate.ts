import { useMemo } from 'react';
import type { FieldIssue } from '../domain/errors';
import { estimate, type Estimate } from '../domain/estimate';
import { validateScenario, type Scenario } from '../domain/scenario';
import { useShownScenario } from './shown-scenario';

export type EstimateResult = { ok: true; estimate: Estimate } | { ok: false; issues: FieldIssue[] };

/** Runs the engine on a scenario; invalid input comes back as the issues that name each field. */
export function computeEstimate(scenario: Scenario): EstimateResult {
  const issues = validateScenario(scenario);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, estimate: estimate(scenario) };
}

// Every region of the page reads the same scenario object, so they share one estimate of it.
const estimates = new WeakMap<Scenario, EstimateResult>();

/** The estimate for the scenario this part of the page shows, computed once per scenario object for the whole page. */
export function useMemoryEstimate(): EstimateResult {
  const scenario = useShownScenario();
  return useMemo(() => {
    let result = estimates.get(scenario);
    if (!result) {
      result = computeEstimate(scenario);
      estimates.set(scenario, result);
    }
    return result;
  }, [scenario]);
}
