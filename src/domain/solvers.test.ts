import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';
import { evaluateLayout } from './gpu-search';
import { createMemoryContext } from './per-gpu-memory';
import { GPU_PRESETS } from './presets/gpus';
import { MODEL_PRESETS } from './presets/models';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { largestFitting, logSteps, memoryCurve, type SweepAxis } from './solvers';
import { resolveScenario } from './scenario-validation';

const fitsWith = (scenario: Scenario, axis: SweepAxis, value: number) => {
  const e = estimate(scenario);
  const s = resolveScenario({ ...scenario, [axis]: value });
  return evaluateLayout(createMemoryContext(s), e.layout.layout).fits;
};

describe('solvers (bisection on the engine)', () => {
  const grid = fc.record({
    model: fc.constantFrom(...MODEL_PRESETS.map((preset) => preset.id)),
    gpu: fc.constantFrom(...GPU_PRESETS.map((preset) => preset.id)),
    mode: fc.constantFrom('training' as const, 'finetune' as const, 'inference' as const),
    zeroStage: fc.constantFrom(0 as const, 3 as const),
    seqLen: fc.constantFrom(512, 2048, 8192),
    batch: fc.constantFrom(1, 4, 16),
    axis: fc.constantFrom('batch' as const, 'seqLen' as const),
  });

  it('the answer fits and one more sample or token does not, for every preset and GPU on a grid', () => {
    fc.assert(
      fc.property(grid, ({ axis, ...patch }) => {
        const scenario: Scenario = { ...DEFAULT_SCENARIO, ...patch };
        const e = estimate(scenario);
        const answer = largestFitting(e.scenario, e.layout.layout, axis);
        if (answer.value > 0) expect(fitsWith(scenario, axis, answer.value)).toBe(true);
        if (!answer.atCeiling) expect(fitsWith(scenario, axis, answer.value + 1)).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('Llama-2-7B bf16 inference on one RTX 4090: the KV-cache budget, checked by hand', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      mode: 'inference',
      seqLen: 2048,
      generatedTokens: 2048,
    };
    const e = estimate(scenario);
    const answer = largestFitting(e.scenario, e.layout.layout, 'batch');
    // Each sequence caches 4,096 tokens × 524,288 bytes = 2 GiB; the weights take 13.5 GB of 25.8 GB.
    const kvPerSequence = 4096 * 524_288;
    const room = e.layout.capacityBytes - e.layout.perGpu.weights - e.layout.perGpu.overhead;
    expect(answer.value).toBeGreaterThan(0);
    expect(answer.value).toBeLessThanOrEqual(Math.floor(room / kvPerSequence));
  });

  it('reports 0 when even one sample does not fit', () => {
    const e = estimate({ ...DEFAULT_SCENARIO, layout: 'manual' });
    expect(largestFitting(e.scenario, e.layout.layout, 'batch')).toEqual({
      value: 0,
      atCeiling: false,
    });
  });

  it('curves rise with the axis and mark where the capacity is crossed', () => {
    const e = estimate({ ...DEFAULT_SCENARIO, mode: 'inference' });
    const points = memoryCurve(e.scenario, e.layout.layout, 'seqLen', logSteps(128, 131072));
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.totalBytes).toBeGreaterThanOrEqual(points[i - 1]!.totalBytes);
    expect(points.at(0)!.fits).toBe(true);
    expect(points.at(-1)!.fits).toBe(false);
    expect(logSteps(128, 1000)).toEqual([128, 256, 512, 1000]);
  });
});
