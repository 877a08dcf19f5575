import { estimate, type Estimate } from '../domain/estimate';
import { freshScenario, type Scenario } from '../domain/scenario';

/** A real engine estimate for the default scenario with some fields changed. */
export const estimateWith = (overrides: Partial<Scenario> = {}): Estimate =>
  estimate(freshScenario(overrides));

/**
 * The serving planner issue's case, tried as an ML engineer would: Llama-3.1-70B on H100s, 16
 * requests of 8k prompt + 1k output.
 */
export const SERVING_ISSUE_CASE = {
  mode: 'inference',
  model: 'llama-3.1-70b',
  gpu: 'h100-80gb',
  batch: 16,
  seqLen: 8192,
  generatedTokens: 1024,
} as const satisfies Partial<Scenario>;
