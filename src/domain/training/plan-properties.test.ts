import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryScenario } from '../../test/arbitraries';
import { estimate } from '../estimate';
import { findGpuPreset } from '../presets/gpus';
import type { Scenario } from '../scenario';
import { FRAMEWORK_RULES, FRAMEWORKS, type Framework } from './frameworks';

const RUNS = { numRuns: 60 };
const training = arbitraryScenario.filter((s) => s.mode !== 'inference');
const sharded = FRAMEWORKS.filter((f) => FRAMEWORK_RULES[f].zeroStage > 0);
const manual = (s: Scenario, framework: Framework, dataParallel: number): Scenario => ({
  ...s,
  layout: 'manual',
  framework,
  tensorParallel: 1,
  pipelineParallel: 1,
  dataParallel,
});

describe('training plan properties (docs/method.md §12–§13)', () => {
  it('adding GPUs never raises per-GPU memory for a sharded plan (from two GPUs on)', () => {
    fc.assert(
      fc.property(
        training,
        fc.constantFrom(...sharded),
        fc.integer({ min: 2, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        (s, framework, n, more) => {
          const fewer = estimate(manual(s, framework, n)).layout.perGpuBytes;
          const wider = estimate(manual(s, framework, n + more)).layout.perGpuBytes;
          expect(wider).toBeLessThanOrEqual(fewer * (1 + 1e-12));
        },
      ),
      RUNS,
    );
  });

  it('offload never raises GPU memory', () => {
    fc.assert(
      fc.property(
        training,
        fc.constantFrom<Framework>('zero1', 'zero2', 'zero3', 'fsdp', 'fsdp-grad-op'),
        fc.integer({ min: 1, max: 16 }),
        (s, framework, n) => {
          const base = { ...manual(s, framework, n), pagedOptimizer: false };
          const none = estimate({ ...base, offloadOptimizer: 'none', offloadParams: 'none' });
          const rules = FRAMEWORK_RULES[framework];
          const params = rules.paramOffload.includes('cpu') ? 'cpu' : 'none';
          const cpu = estimate({ ...base, offloadOptimizer: 'cpu', offloadParams: params });
          expect(cpu.layout.perGpuBytes).toBeLessThanOrEqual(none.layout.perGpuBytes * (1 + 1e-12));
        },
      ),
      RUNS,
    );
  });

  it('the chosen plan always fits with the margins', () => {
    fc.assert(
      fc.property(training, (s) => {
        const e = estimate({ ...s, layout: 'auto' });
        const plan = e.training!.plan;
        const found =
          s.framework === 'auto'
            ? e.training!.best
            : e.training!.plans.find((p) => p.framework === s.framework)!.plan;
        if (!found) return;
        const gpu = typeof s.gpu === 'string' ? findGpuPreset(s.gpu)!.gpu : s.gpu;
        expect(plan.fits).toBe(true);
        expect(plan.perGpuBytes).toBeLessThanOrEqual(
          gpu.memoryBytes * (1 - s.safetyMargin) * (1 - s.allocatorMargin),
        );
      }),
      RUNS,
    );
  });
});
