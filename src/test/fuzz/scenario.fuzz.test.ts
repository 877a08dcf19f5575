import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../domain/errors';
import { estimate } from '../../domain/estimate';
import { findGpuPreset } from '../../domain/presets/gpus';
import { findModelPreset } from '../../domain/presets/models';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { arbitraryLinkScenario } from '../url-arbitraries';
import { arbitraryScenario } from '../arbitraries';
import { expectDisplayableEstimate } from './finite-estimate';
import { assertFuzz, FUZZ_TIMEOUT_MS } from './fuzz-runs';
import { hostileValue } from './hostile-values';
import { validateScenario } from '../../domain/scenario-validation';

const SCENARIO_KEYS = Object.keys(DEFAULT_SCENARIO);
const MODEL_KEYS = Object.keys(findModelPreset('llama-2-7b')?.model ?? {});
const GPU_KEYS = Object.keys(findGpuPreset('rtx-4090')?.gpu ?? {});

const patches = (keys: string[], maxLength: number) =>
  fc.array(fc.tuple(fc.constantFrom(...keys), hostileValue), { maxLength });

/** A scenario the store could be handed by a bug or a hand-edited object: valid, then 0–3 fields replaced. */
const corruptedScenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    fc.oneof(arbitraryScenario, arbitraryLinkScenario),
    patches(SCENARIO_KEYS, 3),
    patches(MODEL_KEYS, 2),
    patches(GPU_KEYS, 2),
  )
  .map(([scenario, top, modelPatches, gpuPatches]) => {
    const out: Record<string, unknown> = { ...scenario };
    if (modelPatches.length > 0) {
      const model =
        typeof scenario.model === 'string'
          ? findModelPreset(scenario.model)?.model
          : scenario.model;
      out.model = { ...model, ...Object.fromEntries(modelPatches) };
    }
    if (gpuPatches.length > 0) {
      const gpu =
        typeof scenario.gpu === 'string' ? findGpuPreset(scenario.gpu)?.gpu : scenario.gpu;
      out.gpu = { ...gpu, ...Object.fromEntries(gpuPatches) };
    }
    for (const [key, value] of top) out[key] = value;
    return out as unknown as Scenario;
  });

/** Every field anything at all. */
const anythingScenario: fc.Arbitrary<Scenario> = fc
  .tuple(...SCENARIO_KEYS.map(() => hostileValue))
  .map(
    (values) =>
      Object.fromEntries(SCENARIO_KEYS.map((key, i) => [key, values[i]])) as unknown as Scenario,
  );

/** The engine's contract: validate never throws; estimate throws only ScenarioError, exactly when validate finds issues. */
function checkEngine(scenario: Scenario): void {
  const issues = validateScenario(scenario);
  for (const issue of issues) {
    expect(issue.field).not.toBe('');
    expect(issue.message).not.toBe('');
  }
  if (issues.length > 0) {
    expect(() => estimate(scenario)).toThrow(ScenarioError);
    return;
  }
  expectDisplayableEstimate(estimate(scenario));
}

describe('fuzz: arbitrary scenarios through the engine', () => {
  it(
    'valid scenarios give finite, readable estimates',
    () => {
      assertFuzz(
        'valid scenarios → estimate',
        fc.oneof(arbitraryScenario, arbitraryLinkScenario),
        checkEngine,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'hostile field values are named by validation and never escape as another error',
    () => {
      assertFuzz('corrupted scenarios → validate/estimate', corruptedScenario, checkEngine);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'a scenario of nothing but hostile values is rejected field by field',
    () => {
      assertFuzz('all-hostile scenarios → validate/estimate', anythingScenario, checkEngine, 200);
    },
    FUZZ_TIMEOUT_MS,
  );
});
