import { bench, describe } from 'vitest';
import { estimate } from '../../domain/estimate';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { planningData } from './planning-data';

/**
 * What one slider step costs the planning section on top of the page's shared estimate: both
 * solvers (bisection on the engine) and both curves. The target is well under a millisecond, a
 * small share of a 16 ms frame.
 */
const LARGEST = ['llama-3.1-405b', 'grok-1', 'gpt-3', 'llama-2-70b'] as const;

for (const mode of ['training', 'inference'] as const) {
  describe(`solvers and curves, ${mode}`, () => {
    for (const model of LARGEST) {
      for (const gpu of ['rtx-4090', 'h100-80gb'] as const) {
        const e = estimate({
          ...DEFAULT_SCENARIO,
          mode,
          model,
          gpu,
          zeroStage: 3,
        } satisfies Scenario);
        bench(`${model} on ${gpu}`, () => {
          planningData(e, 'GB');
        });
      }
    }
  });
}

describe('solvers and curves, the longest searches', () => {
  // A small model on the largest GPU: the sequence search doubles to hundreds of thousands of tokens.
  const roomy = estimate({
    ...DEFAULT_SCENARIO,
    mode: 'inference',
    model: 'phi-3-mini',
    gpu: 'mi300x-192gb',
    seqLen: 128,
    generatedTokens: 0,
  });
  bench('Phi-3-mini inference on MI300X', () => {
    planningData(roomy, 'GB');
  });
  const slider = {
    ...DEFAULT_SCENARIO,
    model: 'llama-3.1-405b',
    gpu: 'h100-80gb',
    zeroStage: 3,
  } satisfies Scenario;
  bench('a slider step: estimate, solvers and curves, Llama-3.1-405B on H100', () => {
    planningData(estimate({ ...slider, seqLen: 4096 + Math.floor(Math.random() * 1024) }), 'GB');
  });
});
