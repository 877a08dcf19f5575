import { estimate, type Estimate } from '../domain/estimate';
import { freshScenario, type Scenario } from '../domain/scenario';

/** A real engine estimate for the default scenario with some fields changed. */
export const estimateWith = (overrides: Partial<Scenario> = {}): Estimate =>
  estimate(freshScenario(overrides));
