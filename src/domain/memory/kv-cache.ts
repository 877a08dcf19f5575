import type { ModelSpec } from '../model';
import { softmaxAttentionLayers, valueHeadDim } from '../model-shape';

/**
 * How a group of layers keeps what it has read: every token (full attention), the last tokens of a
 * window or the current chunk (local attention), MLA's compressed latent per token, or a fixed
 * recurrent state per sequence (linear attention).
 */
export type CacheLayerKind = 'full' | 'sliding' | 'chunked' | 'mla' | 'linear';

export interface CacheLayerGroup {
  kind: CacheLayerKind;
  layers: number;
  /** Bytes one layer caches per token on one GPU (0 for linear attention). */
  bytesPerToken: number;
  /** The most tokens one layer holds (the window or chunk), or null for all of them. */
  span: number | null;
  /** Bytes one layer keeps per sequence whatever its length (linear attention's state). */
  bytesPerSequence: number;
}

/** Key/value heads each tensor-parallel GPU holds: kv/t, and whole heads replicated when t > kv. */
export function kvHeadsPerGpu(kvHeads: number, tensorParallel: number): number {
  return Math.ceil(kvHeads / tensorParallel);
}

/**
 * Bytes one softmax-attention layer caches per token on one GPU. Ordinary attention keeps K and V
 * of its key/value heads, (d + d_v)·kv/t elements (vLLM's AttentionSpec); MLA keeps one latent of
 * kv_lora_rank + qk_rope_head_dim elements, which every tensor-parallel rank holds whole
 * (vLLM's MLAAttentionSpec, num_kv_heads = 1). Check: Llama-2-7B fp16, 32 layers: 524,288 bytes.
 */
export function attentionBytesPerTokenPerLayer(
  m: ModelSpec,
  kvBytesPerElement: number,
  tensorParallel: number,
): number {
  if (m.kvLoraRank !== null) return (m.kvLoraRank + m.qkRopeHeadDim) * kvBytesPerElement;
  return (
    kvHeadsPerGpu(m.kvHeads, tensorParallel) * (m.headDim + valueHeadDim(m)) * kvBytesPerElement
  );
}

/**
 * Bytes one linear-attention layer keeps per sequence on one GPU (vLLM's gated_delta_net_state_shape):
 * the causal convolution's last kernel − 1 inputs of 2·nk·dk + nv·dv channels, and the recurrent
 * state of nv heads of dk × dv, both split over tensor-parallel ranks by head.
 */
export function linearStateBytesPerLayer(
  m: ModelSpec,
  stateBytesPerElement: number,
  tensorParallel: number,
): number {
  const channels =
    2 * m.linearKeyHeads * m.linearKeyHeadDim + m.linearValueHeads * m.linearValueHeadDim;
  const conv = (m.linearConvKernel - 1) * channels;
  const recurrent = m.linearValueHeads * m.linearKeyHeadDim * m.linearValueHeadDim;
  return ((conv + recurrent) / Math.min(tensorParallel, m.linearValueHeads)) * stateBytesPerElement;
}

/** The model's layers grouped by what they cache, with the bytes on one tensor-parallel GPU. */
export function cacheLayerGroups(
  m: ModelSpec,
  kvBytesPerElement: number,
  tensorParallel: number,
  stateBytesPerElement: number,
): CacheLayerGroup[] {
  const attentionLayers = softmaxAttentionLayers(m);
  const perToken = attentionBytesPerTokenPerLayer(m, kvBytesPerElement, tensorParallel);
  const global: CacheLayerKind = m.kvLoraRank !== null ? 'mla' : 'full';
  const localLayers =
    m.slidingWindow === null ? 0 : Math.max(0, attentionLayers - m.fullAttentionLayers);
  const groups: CacheLayerGroup[] = [
    {
      kind: global,
      layers: attentionLayers - localLayers,
      bytesPerToken: perToken,
      span: null,
      bytesPerSequence: 0,
    },
  ];
  if (localLayers > 0) {
    groups.push({
      kind: m.localAttention,
      layers: localLayers,
      bytesPerToken: perToken,
      span: m.slidingWindow,
      bytesPerSequence: 0,
    });
  }
  if (m.linearAttentionLayers > 0) {
    groups.push({
      kind: 'linear',
      layers: m.linearAttentionLayers,
      bytesPerToken: 0,
      span: 0,
      bytesPerSequence: linearStateBytesPerLayer(m, stateBytesPerElement, tensorParallel),
    });
  }
  return groups.filter((g) => g.layers > 0);
}

/** Bytes one layer of a group holds for one sequence of `tokens` cached tokens. */
export const groupBytesPerSequence = (g: CacheLayerGroup, tokens: number): number =>
  g.bytesPerToken * (g.span === null ? tokens : Math.min(tokens, g.span)) + g.bytesPerSequence;

/**
 * Bytes the whole model caches per token when every layer keeps every token (full attention):
 * 2·L·kv·d·bytes for ordinary attention (docs/method.md §6), L·(kv_lora_rank + rope)·bytes for MLA.
 * Check: Llama-2-7B in fp16 = 524,288 bytes; DeepSeek-V3 in bf16 = 70,272 bytes.
 */
export function kvCacheBytesPerToken(m: ModelSpec, kvBytesPerElement: number): number {
  return softmaxAttentionLayers(m) * attentionBytesPerTokenPerLayer(m, kvBytesPerElement, 1);
}

/**
 * Tokens the longest-remembering layer caches for one sequence: prompt plus generated, capped by
 * the local span unless some attention layer sees the whole context.
 */
export function cachedTokens(m: ModelSpec, promptTokens: number, generatedTokens: number): number {
  const tokens = promptTokens + generatedTokens;
  const allLocal =
    m.slidingWindow !== null && m.fullAttentionLayers === 0 && softmaxAttentionLayers(m) > 0;
  return allLocal ? Math.min(tokens, m.slidingWindow ?? tokens) : tokens;
}

/**
 * The cache groups of the busiest pipeline stage, ⌈L/pp⌉ layers: each kind keeps its share, rounded
 * up, as the kinds are interleaved (Gemma's five local to one global, Qwen3-Next's three linear to
 * one full); the layers that see more than a window take their share first and local layers fill
 * the rest.
 */
export function stageCacheGroups(
  m: ModelSpec,
  groups: readonly CacheLayerGroup[],
  pipelineParallel: number,
): CacheLayerGroup[] {
  const stageLayers = Math.ceil(m.layers / pipelineParallel);
  const isLocal = (g: CacheLayerGroup) => g.kind === 'sliding' || g.kind === 'chunked';
  let left = stageLayers;
  const stage: CacheLayerGroup[] = [];
  for (const g of groups.filter((group) => !isLocal(group))) {
    const layers = Math.min(left, Math.ceil((g.layers * stageLayers) / m.layers));
    left -= layers;
    stage.push({ ...g, layers });
  }
  for (const g of groups.filter(isLocal)) stage.push({ ...g, layers: left });
  return stage.filter((g) => g.layers > 0);
}

/**
 * The fixed scales of a quantized cache on one GPU: `scaleBytesPerLayer` for each attention layer
 * it holds, whatever the tokens (vLLM's fp32 k_scale and v_scale: 8 bytes a layer, on every rank).
 */
export function kvScaleBytes(
  groups: readonly CacheLayerGroup[],
  scaleBytesPerLayer: number,
): number {
  return (
    groups.reduce((sum, g) => sum + (g.kind === 'linear' ? 0 : g.layers), 0) * scaleBytesPerLayer
  );
}

/**
 * KV cache and recurrent state on one GPU of a tensor × pipeline layout for `batch` sequences of
 * `tokens` cached tokens each, on the busiest pipeline stage (`stageCacheGroups`), plus the
 * cache's per-layer scales once (`kvScaleBytes`).
 */
export function kvCacheBytesPerGpu(
  m: ModelSpec,
  kvBytesPerElement: number,
  tokens: number,
  batch: number,
  tensorParallel: number,
  pipelineParallel: number,
  stateBytesPerElement = 2,
  scaleBytesPerLayer = 0,
): number {
  const groups = cacheLayerGroups(m, kvBytesPerElement, tensorParallel, stateBytesPerElement);
  const stage = stageCacheGroups(m, groups, pipelineParallel);
  const bytes = stage.reduce((sum, g) => sum + g.layers * groupBytesPerSequence(g, tokens), 0);
  return bytes * batch + kvScaleBytes(stage, scaleBytesPerLayer);
}
