import type { GpuSpec } from '../gpu';
import type { ModelSpec } from '../model';
import { moeLayerCount } from '../model-shape';

/**
 * Distinct experts a decode step of `batch` tokens is expected to touch in one MoE layer under
 * independent uniform top-k routing: E · (1 − (1 − k/E)^B), since one token skips an expert with
 * probability 1 − k/E. Real routing favours some experts, so this is an upper bound.
 */
export function expectedExpertsTouched(experts: number, perToken: number, batch: number): number {
  if (experts <= 1) return experts;
  return experts * (1 - (1 - perToken / experts) ** batch);
}

/** Parameters of the routed experts, all MoE layers: the part a decode step may skip. */
export function routedExpertParams(m: ModelSpec): number {
  const perExpert = (m.mlp === 'gated' ? 3 : 2) * m.hidden * m.expertIntermediate;
  return moeLayerCount(m) * m.experts * perExpert;
}

/**
 * Weight bytes one decode step reads on one GPU: all of them once for the whole batch, except that
 * a mixture of experts reads only the experts the batch is expected to touch.
 */
export function decodeWeightBytes(
  m: ModelSpec,
  totalParams: number,
  weightsPerGpu: number,
  batch: number,
): number {
  if (m.experts <= 1 || totalParams <= 0) return weightsPerGpu;
  const routedShare = Math.min(1, routedExpertParams(m) / totalParams);
  const touched = expectedExpertsTouched(m.experts, m.expertsPerToken, batch) / m.experts;
  return weightsPerGpu * (1 - routedShare + routedShare * touched);
}

/**
 * Seconds per decode step (docs/method.md §11): the bytes one GPU reads (weights once, every
 * sequence's KV cache) over its bandwidth times the efficiency reached, once per pipeline stage in
 * turn.
 */
export function decodeStepSeconds(
  bytesReadPerGpu: number,
  bandwidthBytesPerSecond: number,
  efficiency: number,
  pipelineParallel: number,
): number {
  return (pipelineParallel * bytesReadPerGpu) / (bandwidthBytesPerSecond * efficiency);
}

/** The tensor throughput prefill runs at and the precision it names. */
export interface ComputeRate {
  flops: number;
  precision: string;
}

/**
 * The FLOP/s of the precision the weights compute in: fp8 checkpoints on fp8 tensor cores and
 * int8 (W8A8) on int8 ones where the GPU has them, fp4 formats on fp4 tensor cores; everything
 * else (16-bit, and 4-bit weights dequantized to 16-bit) at the 16-bit rate.
 */
export function computeRate(gpu: GpuSpec, dtype: string): ComputeRate {
  if (dtype.startsWith('fp8') && gpu.fp8Flops > 0) return { flops: gpu.fp8Flops, precision: 'fp8' };
  if (dtype.startsWith('int8') && gpu.int8Ops > 0) return { flops: gpu.int8Ops, precision: 'int8' };
  if (dtype.includes('fp4') && gpu.fp4Flops > 0) return { flops: gpu.fp4Flops, precision: 'fp4' };
  return { flops: gpu.peakFlops, precision: '16-bit' };
}

/**
 * Seconds to prefill `tokens` prompt tokens (docs/method.md §11): compute-bound at 2 FLOPs per
 * active parameter per token over the GPUs' rate × utilisation, but never faster than reading the
 * weights once per chunk of max_num_batched_tokens.
 */
export function prefillSeconds(
  activeParams: number,
  tokens: number,
  gpus: number,
  rate: number,
  utilization: number,
  chunkTokens: number,
  weightReadSeconds: number,
): number {
  const compute = (2 * activeParams * tokens) / (gpus * rate * utilization);
  return Math.max(compute, Math.ceil(tokens / chunkTokens) * weightReadSeconds);
}
