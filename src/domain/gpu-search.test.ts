import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';
import { pipelineParallelCandidates } from './gpu-search';
import { evaluatePlan } from './training/plan-search';
import { createMemoryContext } from './per-gpu-memory';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { resolveScenario } from './scenario-validation';

const training: Scenario = {
  ...DEFAULT_SCENARIO,
  model: 'llama-2-7b',
  gpu: 'rtx-4090',
  mode: 'training',
};

describe('GPUs needed (docs/method.md §7)', () => {
  it('Llama-2-7B bf16 inference fits on one RTX 4090', () => {
    const e = estimate({ ...training, mode: 'inference', engine: 'hf' });
    expect(e.layout.gpus).toBe(1);
    expect(e.layout.fits).toBe(true);
    expect(e.layout.freeBytes).toBeGreaterThan(0);
  });

  it('mixed-precision AdamW on 7B never fits with plain DDP on a 24 GB card: 16 bytes × 6.7B is 108 GB', () => {
    const e = estimate(training);
    expect(e.plainDdp.fits).toBe(false);
    expect(e.states.weights + e.states.gradients + e.states.optimizer).toBe(e.params.total * 16);
  });

  it('ZeRO-3 shards the 108 GB of model states over enough 4090s, fewer GPUs than stage 1', () => {
    const e = estimate(training);
    const stage1 = e.stages.find((stage) => stage.zeroStage === 1)!;
    const stage3 = e.stages.find((stage) => stage.zeroStage === 3)!;
    expect(stage3.fit).not.toBeNull();
    expect(stage3.fit!.gpus).toBeLessThanOrEqual(stage1.fit?.gpus ?? Infinity);
    expect(e.bestStage!.fit!.gpus).toBe(
      Math.min(...e.stages.flatMap((stage) => (stage.fit ? [stage.fit.gpus] : []))),
    );
  });

  it('each plan found is the smallest with room to spare: one replica fewer at the same split is tight or does not fit', () => {
    for (const model of ['llama-2-13b', 'llama-2-70b', 'mixtral-8x7b']) {
      const scenario: Scenario = { ...training, model, gpu: 'a100-80gb' };
      const e = estimate(scenario);
      const ctx = createMemoryContext(resolveScenario(scenario));
      for (const { plan } of e.training!.plans) {
        if (!plan) continue;
        expect(plan.fits).toBe(true);
        const step = plan.layout.expertParallel ?? 1;
        if (plan.headroom === 'comfortable' && plan.layout.dataParallel > step) {
          const fewer = evaluatePlan(ctx, {
            ...plan.layout,
            dataParallel: plan.layout.dataParallel - step,
          });
          expect(fewer.headroom).not.toBe('comfortable');
        }
      }
    }
  });

  it('tensor parallelism divides the heads and stays within a node; pipeline stages divide the layers', () => {
    const e = estimate({ ...training, model: 'gpt-3', gpu: 'a100-40gb' });
    const plans = e.training!.plans.flatMap((p) => (p.plan ? [p.plan] : []));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const layout = plan.layout;
      expect(96 % layout.tensorParallel).toBe(0);
      expect(layout.tensorParallel).toBeLessThanOrEqual(8);
      expect(96 % layout.pipelineParallel).toBe(0);
    }
    expect(pipelineParallelCandidates(12)).toEqual([1, 2, 3, 4, 6, 12]);
  });

  it('when activations alone exceed a GPU, the reason says so instead of a number', () => {
    const e = estimate({ ...training, attention: 'eager', seqLen: 131072, batch: 64 });
    for (const stage of e.stages) {
      expect(stage.fit).toBeNull();
      expect(stage.reason).toMatch(stage.zeroStage === 0 ? /model states/ : /activations/);
    }
  });

  it('a manual layout is evaluated as given, fitting or not', () => {
    const e = estimate({
      ...training,
      layout: 'manual',
      zeroStage: 0,
      tensorParallel: 2,
      pipelineParallel: 1,
      dataParallel: 4,
    });
    expect(e.layout.layout).toMatchObject({
      tensorParallel: 2,
      pipelineParallel: 1,
      dataParallel: 4,
    });
    expect(e.layout.gpus).toBe(8);
    expect(e.layout.fits).toBe(false);
    expect(e.layout.freeBytes).toBeLessThan(0);
  });

  it('a safety margin lowers the usable capacity', () => {
    const plain = estimate({ ...training, mode: 'inference', engine: 'hf' });
    const margin = estimate({ ...training, mode: 'inference', engine: 'hf', safetyMargin: 0.2 });
    expect(margin.layout.capacityBytes).toBeCloseTo(plain.layout.capacityBytes * 0.8, 0);
  });
});
