import type { Layout } from './layout';
import { ZERO_STAGES, type ZeroStage } from './memory/model-states';
import {
  gatheredLayerBytes,
  gpuCount,
  perGpuMemory,
  sumParts,
  type MemoryContext,
  type MemoryParts,
} from './per-gpu-memory';
import { toFraction } from './decimal-text';

/** One layout with its per-GPU memory and whether it fits. */
export interface LayoutResult {
  layout: Layout;
  gpus: number;
  perGpu: MemoryParts;
  perGpuBytes: number;
  capacityBytes: number;
  fits: boolean;
  /** Capacity minus use: negative when it does not fit. */
  freeBytes: number;
}

/** The smallest layout that fits for one ZeRO stage, or why there is none. */
export interface StageSearch {
  zeroStage: ZeroStage;
  fit: LayoutResult | null;
  reason: string | null;
}

/** The search stops here: beyond it the answer is "does not fit", not a number. */
export const MAX_GPUS = 100_000;

export function evaluateLayout(ctx: MemoryContext, layout: Layout): LayoutResult {
  const perGpu = perGpuMemory(ctx, layout);
  const perGpuBytes = sumParts(perGpu);
  return {
    layout,
    gpus: gpuCount(layout),
    perGpu,
    perGpuBytes,
    capacityBytes: ctx.capacityBytes,
    fits: perGpuBytes <= ctx.capacityBytes,
    freeBytes: ctx.capacityBytes - perGpuBytes,
  };
}

/**
 * Tensor-parallel sizes to try: powers of two within one node that divide the attention heads;
 * training also needs them to divide the KV heads (Megatron's query groups), while inference
 * engines replicate KV heads when t exceeds them.
 */
export function tensorParallelCandidates(ctx: MemoryContext): number[] {
  const { model, gpu, mode } = ctx.scenario;
  const sizes: number[] = [];
  for (let t = 1; t <= gpu.gpusPerNode; t *= 2) {
    if (model.heads % t !== 0) continue;
    if (mode !== 'inference' && model.kvHeads % t !== 0) continue;
    sizes.push(t);
  }
  return sizes;
}

/** Pipeline sizes to try: the divisors of the layer count, so every stage holds the same layers. */
export function pipelineParallelCandidates(layers: number): number[] {
  const sizes: number[] = [];
  for (let p = 1; p <= layers; p++) if (layers % p === 0) sizes.push(p);
  return sizes;
}

/**
 * The fewest data-parallel GPUs that fit a tensor × pipeline layout at a ZeRO stage. From two GPUs
 * on, per-GPU memory is fixed + shardable / N (ZeRO §5), so N is solved directly and then checked
 * against the engine.
 */
function smallestDataParallel(
  ctx: MemoryContext,
  base: Layout,
  maxDataParallel: number,
): LayoutResult | null {
  const single = evaluateLayout(ctx, base);
  if (single.fits) return single;
  const stage = base.zeroStage;
  if (stage === 0 || ctx.scenario.mode === 'inference' || maxDataParallel < 2) return null;
  const parts = single.perGpu;
  const shardable =
    (stage >= 1 ? parts.optimizer : 0) +
    (stage >= 2 ? parts.gradients : 0) +
    (stage >= 3 ? parts.weights : 0);
  const fixed =
    single.perGpuBytes -
    shardable +
    (stage === 3 ? gatheredLayerBytes(ctx, base.tensorParallel) : 0);
  const room = ctx.capacityBytes - fixed;
  if (!(room > 0) || shardable <= 0) return null;
  let n = Math.max(2, Math.ceil(shardable / room));
  if (n > maxDataParallel) return null;
  // Floating-point rounding can leave N one off either way: step until N fits and N − 1 does not.
  let result = evaluateLayout(ctx, { ...base, dataParallel: n });
  while (!result.fits && n < maxDataParallel) {
    n++;
    result = evaluateLayout(ctx, { ...base, dataParallel: n });
  }
  if (!result.fits) return null;
  while (n > 2) {
    const fewer = evaluateLayout(ctx, { ...base, dataParallel: n - 1 });
    if (!fewer.fits) break;
    n--;
    result = fewer;
  }
  return result;
}

const better = (a: LayoutResult, b: LayoutResult | null): boolean =>
  b === null ||
  a.gpus < b.gpus ||
  (a.gpus === b.gpus &&
    (a.layout.pipelineParallel < b.layout.pipelineParallel ||
      (a.layout.pipelineParallel === b.layout.pipelineParallel &&
        a.layout.tensorParallel < b.layout.tensorParallel)));

/**
 * The smallest valid layout that fits at one ZeRO stage (docs/method.md §7): tensor parallelism within
 * a node dividing the heads, then pipeline stages dividing the layers, then data-parallel replicas
 * (which only help once ZeRO shards the states).
 */
export function searchStage(ctx: MemoryContext, zeroStage: ZeroStage): StageSearch {
  const s = ctx.scenario;
  let best: LayoutResult | null = null;
  for (const tensorParallel of tensorParallelCandidates(ctx)) {
    for (const pipelineParallel of pipelineParallelCandidates(s.model.layers)) {
      const modelSplit = tensorParallel * pipelineParallel;
      if (modelSplit > MAX_GPUS) break;
      if (best !== null && modelSplit > best.gpus) break;
      const budget = Math.floor((best === null ? MAX_GPUS : best.gpus) / modelSplit);
      const base: Layout = {
        tensorParallel,
        pipelineParallel,
        dataParallel: 1,
        zeroStage,
        sequenceParallel: s.sequenceParallel && tensorParallel > 1,
      };
      const found = smallestDataParallel(ctx, base, budget);
      if (found && better(found, best)) best = found;
    }
  }
  if (best) return { zeroStage, fit: best, reason: null };
  const widest = Math.max(...tensorParallelCandidates(ctx));
  const split = evaluateLayout(ctx, {
    tensorParallel: widest,
    pipelineParallel: s.model.layers,
    dataParallel: 1,
    zeroStage,
    sequenceParallel: s.sequenceParallel && widest > 1,
  });
  const reason =
    split.perGpu.activations + split.perGpu.kvCache + split.perGpu.overhead > ctx.capacityBytes
      ? 'activations, KV cache and overhead alone exceed one GPU at the widest split; lower the batch size or sequence length, or recompute activations'
      : zeroStage === 0 && s.mode !== 'inference'
        ? 'without ZeRO the full model states stay on every data-parallel GPU, and tensor and pipeline splits are not enough'
        : `no layout of up to ${toFraction(MAX_GPUS, 0)} GPUs fits`;
  return { zeroStage, fit: null, reason };
}

/** The search at every ZeRO stage that applies: all four for training, stage 0 alone for inference. */
export function searchAllStages(ctx: MemoryContext): StageSearch[] {
  const stages: readonly ZeroStage[] = ctx.scenario.mode === 'inference' ? [0] : ZERO_STAGES;
  return stages.map((stage) => searchStage(ctx, stage));
}

/** Plain DDP: every GPU holds the whole unsharded model states; it fits on one GPU or never. */
export function plainDdpFits(ctx: MemoryContext): LayoutResult {
  return evaluateLayout(ctx, {
    tensorParallel: 1,
    pipelineParallel: 1,
    dataParallel: 1,
    zeroStage: 0,
    sequenceParallel: false,
  });
}
