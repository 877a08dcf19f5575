import { estimate, type Estimate } from '../domain/estimate';
import { DEFAULT_SCENARIO, type Scenario } from '../domain/scenario';

/** The default scenario with some fields changed, as a fresh object the tests may keep. */
export function scenarioWith(overrides: Partial<Scenario> = {}): Scenario {
  return { ...DEFAULT_SCENARIO, loraTargets: [...DEFAULT_SCENARIO.loraTargets], ...overrides };
}

/** A real engine estimate for the default scenario with some fields changed. */
export const estimateWith = (overrides: Partial<Scenario> = {}): Estimate =>
  estimate(scenarioWith(overrides));
