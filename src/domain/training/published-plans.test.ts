import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate';
import { shardModelStates } from '../memory/model-states';
import { findGpuPreset } from '../presets/gpus';
import { freshScenario, type Scenario } from '../scenario';
import { zero3Estimate } from './deepspeed-estimator';
import { MIN_LAYERS_PER_STAGE } from './plan-candidates';

const training = (overrides: Partial<Scenario>) => estimate(freshScenario(overrides));

describe('ZeRO paper (Rajbhandari et al. 2019, arXiv:1910.02054)', () => {
  const perGpuGB = (params: number, stage: 1 | 2 | 3, n: number) => {
    const s = shardModelStates(
      { weights: 2 * params, gradients: 2 * params, optimizer: 12 * params },
      stage,
      n,
    );
    return (s.weights + s.gradients + s.optimizer) / 1e9;
  };

  // Table 1: "Per-device memory consumption of different optimizations in ZeRO-DP as a function of
  // DP degree", GB. The 7.5B columns are rounded to one decimal; the 128B and 1T columns are
  // truncated (128B, N = 1024, P_os: 513.5 printed as 513), so those rows allow 1 GB.
  const table1: [number, number, number, number, number, number][] = [
    // [Ψ, N, P_os, P_os+g, P_os+g+p, tolerance GB]
    [7.5e9, 4, 52.5, 41.3, 30, 0.05],
    [7.5e9, 16, 35.6, 21.6, 7.5, 0.05],
    [7.5e9, 64, 31.4, 16.6, 1.88, 0.05],
    [7.5e9, 256, 30.4, 15.4, 0.47, 0.05],
    [7.5e9, 1024, 30.1, 15.1, 0.12, 0.05],
    [128e9, 4, 896, 704, 512, 1],
    [128e9, 64, 536, 284, 32, 1],
    [128e9, 1024, 513, 257, 2, 1],
    [1e12, 64, 4187, 2218, 250, 1],
    [1e12, 1024, 4011, 2013, 15.6, 1],
  ];
  it.each(table1)('Table 1: Ψ = %d, N = %d → %d / %d / %d GB', (params, n, os, osg, osgp, tol) => {
    expect(Math.abs(perGpuGB(params, 1, n) - os)).toBeLessThanOrEqual(tol);
    expect(Math.abs(perGpuGB(params, 2, n) - osg)).toBeLessThanOrEqual(tol);
    expect(Math.abs(perGpuGB(params, 3, n) - osgp)).toBeLessThanOrEqual(tol);
  });

  it('Table 2: the largest model 64 V100s of 32 GB hold with P_os, P_os+g, P_os+g+p: 7.6B, 14.4B, 128B', () => {
    const largest = (stage: 1 | 2 | 3) => 32 / perGpuGB(1e9, stage, 64);
    expect(largest(1)).toBeCloseTo(7.6, 1);
    expect(largest(2)).toBeCloseTo(14.4, 1);
    expect(largest(3)).toBeCloseTo(128, 0);
  });
});

describe("Megatron-LM's distributed optimizer (docs/user-guide/features/dist_optimizer.md)", () => {
  // "| `bf16` parameters, `fp32` gradients | 18 | 6 + 12/d |", "| `fp16` parameters, `fp16`
  // gradients | 20 | 4 + 16/d |", "| `fp32` parameters, `fp32` gradients | 16 | 8 + 8/d |".
  it.each([
    ['bf16', 6, 12],
    ['fp16', 4, 16],
    ['fp32', 8, 8],
  ] as const)('%s: %d + %d/d bytes per parameter', (dtype, replicated, sharded) => {
    for (const d of [1, 8, 64]) {
      const e = training({
        model: 'llama-2-7b',
        gpu: 'h100-80gb',
        dtype,
        layout: 'manual',
        framework: 'megatron',
        dataParallel: d,
      });
      const step = e.training!.plan.memory.timeline.phases[2]!.parts;
      const states = step.weights + step.gradients + step.optimizer;
      expect(states / e.params.total).toBeCloseTo(replicated + sharded / d, 9);
    }
  });
});

describe("DeepSpeed's estimator as an accounting (docs/method.md §15)", () => {
  it('ZeRO-3 on 8 GPUs reproduces largest_layer_memory + 18Ψ/N and the per-CPU figure of estimate_zero3_model_states_mem_needs', () => {
    const e = training({
      model: 'llama-3.1-8b',
      gpu: 'a100-80gb',
      layout: 'manual',
      framework: 'zero3',
      dataParallel: 8,
      stateAccounting: 'deepspeed',
    });
    const ds = zero3Estimate(
      e.params.total,
      e.params.largestLayer,
      { gpusPerNode: 8, nodes: 1 },
      {
        offloadOptimizer: false,
        offloadParams: false,
        zeroInit: true,
      },
    );
    const backward = e.training!.plan.memory.timeline.phases[1]!.parts;
    expect(backward.weights + backward.gradients + backward.optimizer).toBeCloseTo(ds.gpuBytes, -1);
    expect(e.training!.plan.hostBytesPerNode).toBeCloseTo(ds.cpuBytes, -1);
  });

  it('ZeRO-3 with optimizer and parameter offload keeps only the gathered layer, 4 bytes a parameter of it', () => {
    const e = training({
      model: 'llama-3.1-8b',
      gpu: 'a100-80gb',
      layout: 'manual',
      framework: 'zero3',
      dataParallel: 8,
      stateAccounting: 'deepspeed',
      offloadOptimizer: 'cpu',
      offloadParams: 'cpu',
    });
    const backward = e.training!.plan.memory.timeline.phases[1]!.parts;
    expect(backward.weights + backward.gradients + backward.optimizer).toBe(
      4 * e.params.largestLayer,
    );
  });
});

describe('the three questions of issue 15, answered as frameworks would run them', () => {
  it('Llama-3.1-8B full fine-tuning, AdamW bf16, A100 80GB: three GPUs of pure sharding, not tensor parallel 2', () => {
    const e = training({
      model: 'llama-3.1-8b',
      gpu: 'a100-80gb',
      mode: 'finetune',
      finetuneMethod: 'full',
    });
    const plan = e.training!.plan;
    expect(plan.gpus).toBe(3);
    expect(plan.layout.tensorParallel).toBe(1);
    expect(plan.headroom).toBe('comfortable');
    const fsdp = e.training!.plans.find((p) => p.framework === 'fsdp')!.plan!;
    expect(fsdp.gpus).toBe(3);
    // Megatron-LM's TP 2 needs 18 bytes a parameter on 2 GPUs: 72 GB of states, tight at best.
    const megatron = e.training!.plans.find((p) => p.framework === 'megatron')!.plan!;
    expect(megatron.gpus).toBeGreaterThan(3);
  });

  it('Llama-2-7B training on RTX 4090s (PCIe): no plan splits tensors over PCIe; FSDP shards, and recomputation needs fewer', () => {
    const e = training({ model: 'llama-2-7b', gpu: 'rtx-4090' });
    for (const { plan } of e.training!.plans) if (plan) expect(plan.layout.tensorParallel).toBe(1);
    expect(e.training!.plan.framework).toBe('fsdp');
    const recomputed = training({ model: 'llama-2-7b', gpu: 'rtx-4090', recompute: 'full' });
    expect(recomputed.training!.plan.gpus).toBeLessThan(e.training!.plan.gpus);
  });

  it.each([
    ['a100-80gb', 8],
    ['v100-32gb', 24],
  ])(
    'GPT-3 on %s: Megatron-LM TP 8 × PP %d, every stage at least two layers, with room to spare',
    (gpu, pp) => {
      const e = training({ model: 'gpt-3', gpu });
      const plan = e.training!.plan;
      expect(plan.framework).toBe('megatron');
      expect(plan.layout.tensorParallel).toBe(8);
      expect(plan.layout.pipelineParallel).toBe(pp);
      expect(96 / plan.layout.pipelineParallel).toBeGreaterThanOrEqual(MIN_LAYERS_PER_STAGE);
      expect(plan.headroom).toBe('comfortable');
    },
  );
});

describe('plans by framework', () => {
  it('a manual tensor-parallel layout over PCIe is kept, with a warning naming the field', () => {
    const e = training({ layout: 'manual', framework: 'megatron', tensorParallel: 2 });
    expect(e.warnings.map((w) => w.field)).toContain('tensorParallel');
  });

  it('asking for whole nodes rounds a multi-node plan up to a multiple of the node', () => {
    const plain = training({});
    const nodes = training({ wholeNodes: true });
    expect(plain.training!.plan.gpus).toBe(17);
    expect(nodes.training!.plan.gpus).toBe(24);
    expect(nodes.training!.plan.perGpuBytes).toBeLessThanOrEqual(plain.training!.plan.perGpuBytes);
  });

  it('ZeRO-3 gathers a layer with its gradients: the backward pass holds both', () => {
    const e = training({ layout: 'manual', framework: 'zero3', dataParallel: 8 });
    const [forward, backward] = e.training!.plan.memory.timeline.phases;
    const layer = e.params.largestLayer;
    // bf16: the gathered layer's 2-byte gradients appear in backward only.
    expect(backward!.parts.gradients - forward!.parts.gradients).toBeGreaterThanOrEqual(2 * layer);
  });

  it('FP8 training needs FP8 tensor cores, and says so by field', () => {
    const e = () => training({ gpu: 'a100-80gb', fp8Training: true });
    expect(e).toThrow(/fp8Training: the A100 80GB has no FP8 tensor cores/);
    const backward = (fp8Training: boolean) =>
      training({ gpu: 'h100-80gb', fp8Training, layout: 'manual' }).training!.plan.memory.timeline
        .phases[1]!.parts;
    // Transformer Engine keeps linear inputs in FP8 for backward, and an FP8 copy of each weight:
    // "Contrary to intuition, FP8 training does not always reduce memory compared to BF16/FP16."
    expect(backward(true).activations).toBeLessThan(backward(false).activations);
    expect(backward(true).weights - backward(false).weights).toBe(training({}).params.quantizable);
  });

  it('FP8 training runs the step at the GPU’s FP8 rate', () => {
    const at = (fp8Training: boolean) =>
      training({ gpu: 'h100-80gb', fp8Training, layout: 'manual', dataParallel: 8 });
    const h100 = findGpuPreset('h100-80gb')!.gpu;
    expect(at(true).speed.stepSeconds! / at(false).speed.stepSeconds!).toBeCloseTo(
      h100.peakFlops / h100.fp8Flops,
      12,
    );
  });
});
