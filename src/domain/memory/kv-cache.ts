import type { ModelSpec } from '../model';

/** Tokens the cache holds for one sequence: prompt plus generated, capped by a sliding window. */
export function cachedTokens(m: ModelSpec, promptTokens: number, generatedTokens: number): number {
  const tokens = promptTokens + generatedTokens;
  return m.slidingWindow === null ? tokens : Math.min(tokens, m.slidingWindow);
}

/** Key/value heads each tensor-parallel GPU holds: kv/t, and whole heads replicated when t > kv. */
export function kvHeadsPerGpu(kvHeads: number, tensorParallel: number): number {
  return Math.ceil(kvHeads / tensorParallel);
}

/**
 * KV-cache bytes per token for the whole model: 2 (K and V) · L · kv · d · bytes(KV dtype)
 * (formulas.md §5; vLLM/PagedAttention). Check: Llama-2-7B in fp16 = 524,288 bytes.
 */
export function kvCacheBytesPerToken(m: ModelSpec, kvBytesPerElement: number): number {
  return 2 * m.layers * m.kvHeads * m.headDim * kvBytesPerElement;
}

/** KV-cache bytes on one GPU of a tensor × pipeline layout for `batch` sequences of `tokens` cached tokens each. */
export function kvCacheBytesPerGpu(
  m: ModelSpec,
  kvBytesPerElement: number,
  tokens: number,
  batch: number,
  tensorParallel: number,
  pipelineParallel: number,
): number {
  const layers = Math.ceil(m.layers / pipelineParallel);
  return 2 * layers * kvHeadsPerGpu(m.kvHeads, tensorParallel) * m.headDim * kvBytesPerElement * tokens * batch;
}
