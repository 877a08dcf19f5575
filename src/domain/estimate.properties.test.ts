import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryScenario } from '../test/arbitraries';
import { estimate } from './estimate';
import { evaluateLayout } from './gpu-search';
import { createMemoryContext, MEMORY_PARTS, sumParts } from './per-gpu-memory';
import { countParameters, PARAMETER_COMPONENTS } from './parameters';
import { MODEL_PRESETS } from './presets/models';
import { validateScenario } from './scenario-validation';
import { resolveScenario } from './scenario-validation';

const RUNS = { numRuns: 150 };

const allFinite = (value: unknown): boolean => {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
};

describe('estimate properties', () => {
  it('every generated scenario is valid', () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        expect(validateScenario(s)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the parts add up to the per-GPU total and the total over GPUs', () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        const e = estimate(s);
        expect(sumParts(e.layout.perGpu)).toBe(e.layout.perGpuBytes);
        expect(e.totalBytes).toBeCloseTo(e.layout.perGpuBytes * e.layout.gpus, -3);
      }),
      RUNS,
    );
  });

  it('no finite valid input gives a non-finite number anywhere in the estimate', () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        expect(allFinite(estimate(s))).toBe(true);
      }),
      RUNS,
    );
  });

  it('more tokens or a larger batch never need less memory on a fixed layout', () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 16 }),
        (s, moreTokens, moreBatch) => {
          const fixed = {
            ...s,
            layout: 'manual' as const,
            tensorParallel: 1,
            pipelineParallel: 1,
            dataParallel: 1,
          };
          const base = estimate(fixed).layout.perGpuBytes;
          expect(
            estimate({ ...fixed, seqLen: s.seqLen + moreTokens }).layout.perGpuBytes,
          ).toBeGreaterThanOrEqual(base);
          expect(
            estimate({ ...fixed, batch: s.batch + moreBatch }).layout.perGpuBytes,
          ).toBeGreaterThanOrEqual(base);
          if (s.mode === 'inference') {
            expect(
              estimate({ ...fixed, generatedTokens: s.generatedTokens + moreTokens }).layout
                .perGpuBytes,
            ).toBeGreaterThanOrEqual(base);
          }
        },
      ),
      RUNS,
    );
  });

  it('more layers never need less memory', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.integer({ min: 1, max: 16 }), (s, extra) => {
        const model = resolveScenario(s).model;
        const fixed = {
          ...s,
          layout: 'manual' as const,
          tensorParallel: 1,
          pipelineParallel: 1,
          dataParallel: 1,
        };
        const deeper = { ...fixed, model: { ...model, layers: model.layers + extra } };
        expect(estimate(deeper).layout.perGpuBytes).toBeGreaterThanOrEqual(
          estimate({ ...fixed, model }).layout.perGpuBytes,
        );
      }),
      RUNS,
    );
  });

  it('sharding over more data-parallel GPUs never needs more per GPU (from 2 GPUs, once ZeRO-3 gathers a layer)', () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        fc.integer({ min: 2, max: 512 }),
        fc.integer({ min: 1, max: 512 }),
        (s, n, more) => {
          const ctx = createMemoryContext(resolveScenario(s));
          const layout = {
            tensorParallel: 1,
            pipelineParallel: 1,
            zeroStage: s.zeroStage,
            sequenceParallel: false,
          };
          const fewer = evaluateLayout(ctx, { ...layout, dataParallel: n }).perGpuBytes;
          const wider = evaluateLayout(ctx, { ...layout, dataParallel: n + more }).perGpuBytes;
          expect(wider).toBeLessThanOrEqual(fewer);
        },
      ),
      RUNS,
    );
  });

  it('fp32 weights are exactly twice bf16', () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        const inference = { ...s, mode: 'inference' as const };
        const fp32 = estimate({ ...inference, dtype: 'fp32' }).states.weights;
        const bf16 = estimate({ ...inference, dtype: 'bf16' }).states.weights;
        expect(fp32).toBe(2 * bf16);
      }),
      RUNS,
    );
  });

  it('the layout found fits, and every part of it is non-negative', () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        const e = estimate(s);
        for (const stage of e.stages) {
          if (stage.fit) expect(stage.fit.perGpuBytes).toBeLessThanOrEqual(stage.fit.capacityBytes);
          else expect(stage.reason).toBeTruthy();
        }
        for (const part of MEMORY_PARTS) expect(e.layout.perGpu[part]).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it.each(MODEL_PRESETS.map((preset) => [preset.id, preset.model] as const))(
    '%s: the parameter count equals the sum of its components',
    (_id, model) => {
      const params = countParameters(model);
      const sum = PARAMETER_COMPONENTS.reduce((total, key) => total + params[key], 0);
      expect(sum).toBe(params.total);
      expect(params.active).toBeLessThanOrEqual(params.total);
    },
  );
});
