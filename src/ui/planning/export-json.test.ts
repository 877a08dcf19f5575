import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../domain/estimate';
import { GPU_PRESETS } from '../../domain/presets/gpus';
import { MODEL_PRESETS } from '../../domain/presets/models';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import type { CalculatorState } from '../../state/calculator-store';
import { arbitraryLinkState } from '../../test/url-arbitraries';
import { encodeUrl } from '../../state/url/url-codec';
import { EXPORT_FORMAT, estimateJson, scenarioFromExport } from './export-json';
import { validateScenario } from '../../domain/scenario-validation';

const exported = (state: CalculatorState) =>
  estimateJson({
    ...state,
    estimate: estimate(state.scenario),
    link: `https://example.org/?${encodeUrl(state)}`,
  });

const presetStates: fc.Arbitrary<CalculatorState> = fc
  .record({
    model: fc.constantFrom(...MODEL_PRESETS.map((preset) => preset.id)),
    gpu: fc.constantFrom(...GPU_PRESETS.map((preset) => preset.id)),
    mode: fc.constantFrom('training' as const, 'finetune' as const, 'inference' as const),
    batch: fc.integer({ min: 1, max: 64 }),
    seqLen: fc.integer({ min: 1, max: 65_536 }),
    utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
    trainingTokens: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    unit: fc.constantFrom('GB' as const, 'GiB' as const),
  })
  .map(({ unit, ...patch }) => ({ scenario: { ...DEFAULT_SCENARIO, ...patch }, unit }));

/** Any link state the engine accepts as a whole, custom models and GPUs included. */
const validLinkStates = arbitraryLinkState.filter(
  (state) => validateScenario(state.scenario).length === 0,
);

describe('JSON export and import', () => {
  it('round-trips with the share link: the link of the imported scenario is the link of the original', () => {
    fc.assert(
      fc.property(fc.oneof(presetStates, validLinkStates), (state) => {
        const imported = scenarioFromExport(exported(state));
        if (!imported.ok) throw new Error(imported.problems.join('; '));
        expect(encodeUrl(imported)).toBe(encodeUrl(state));
        expect(imported.scenario).toEqual(state.scenario);
      }),
      { numRuns: 150 },
    );
  });

  it('holds the scenario, the unit, the link and the estimate, with no NaN or Infinity', () => {
    const gpu = { ...GPU_PRESETS[0]!.gpu, name: 'Lab GPU' };
    const state: CalculatorState = {
      scenario: { ...DEFAULT_SCENARIO, gpu, mode: 'inference' },
      unit: 'GiB',
    };
    // The engine refuses a GPU with no FLOP/s now, so an infinite figure is put in by hand.
    const base = estimate(state.scenario);
    const infinite = { ...base.speed, timeToFirstTokenSeconds: Number.POSITIVE_INFINITY };
    const text = estimateJson({
      ...state,
      estimate: { ...base, speed: infinite },
      link: `https://example.org/?${encodeUrl(state)}`,
    });
    const file = JSON.parse(text) as Record<string, unknown> & {
      estimate: { speed: Record<string, unknown> };
    };
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      unit: 'GiB',
      scenario: state.scenario,
    });
    expect(file.link).toMatch(/^https:\/\/example\.org\/\?v=1&/);
    expect(file.estimate.speed.timeToFirstTokenSeconds).toBeNull();
  });

  it('fills fields an older file lacks with their defaults', () => {
    const file = JSON.parse(
      exported({ scenario: { ...DEFAULT_SCENARIO, batch: 4 }, unit: 'GB' }),
    ) as { scenario: Partial<Scenario> };
    delete file.scenario.trainingTokens;
    const imported = scenarioFromExport(JSON.stringify(file));
    expect(imported).toMatchObject({
      ok: true,
      scenario: { batch: 4, trainingTokens: DEFAULT_SCENARIO.trainingTokens },
    });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another JSON file', '{"hello": 1}', /not an estimate exported by this calculator/],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 99, scenario: {} }),
      /newer version/,
    ],
    [
      'an invalid field',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        scenario: { ...DEFAULT_SCENARIO, batch: 0 },
      }),
      /^Batch size: must be at least 1, got 0$/,
    ],
  ])('refuses %s and says why', (_name, text, problem) => {
    const result = scenarioFromExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(problem);
  });
});
