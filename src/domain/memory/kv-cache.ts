import type { ModelSpec } from '../model';

/**
 * Tokens the longest-remembering layer caches for one sequence: prompt plus generated, capped by
 * the sliding window unless some layers attend to the whole context (Gemma 2's global layers).
 */
export function cachedTokens(m: ModelSpec, promptTokens: number, generatedTokens: number): number {
  const tokens = promptTokens + generatedTokens;
  return m.slidingWindow === null || m.fullAttentionLayers > 0
    ? tokens
    : Math.min(tokens, m.slidingWindow);
}

/**
 * Full-attention layers on the busiest pipeline stage of `stageLayers` layers, assuming global
 * layers are interleaved evenly with windowed ones (Gemma 2 alternates them).
 */
export function fullAttentionLayersPerStage(m: ModelSpec, stageLayers: number): number {
  if (m.slidingWindow === null) return stageLayers;
  return Math.min(stageLayers, Math.ceil((m.fullAttentionLayers * stageLayers) / m.layers));
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

/**
 * KV-cache bytes on one GPU of a tensor × pipeline layout for `batch` sequences of `tokens` cached
 * tokens each: full-attention layers keep every token, windowed layers at most the window.
 */
export function kvCacheBytesPerGpu(
  m: ModelSpec,
  kvBytesPerElement: number,
  tokens: number,
  batch: number,
  tensorParallel: number,
  pipelineParallel: number,
): number {
  const layers = Math.ceil(m.layers / pipelineParallel);
  const fullLayers = fullAttentionLayersPerStage(m, layers);
  const windowed = m.slidingWindow === null ? tokens : Math.min(tokens, m.slidingWindow);
  const tokenLayers = fullLayers * tokens + (layers - fullLayers) * windowed;
  return (
    2 *
    kvHeadsPerGpu(m.kvHeads, tensorParallel) *
    m.headDim *
    kvBytesPerElement *
    tokenLayers *
    batch
  );
}
