import type { Dtype } from '../dtypes';
import type { KvFormatId } from '../formats/kv-formats';
import type { KvDtype } from '../scenario';
import type { CacheLayerGroup } from '../memory/kv-cache';
import { mibToBytes } from '../units';
import type { Sourced } from './engines';

/** The -ctk / -ctv values this calculator models (common/arg.cpp kv_cache_types has more). */
export type LlamaCppCacheType = 'f32' | 'f16' | 'bf16' | 'q8_0' | 'q4_0';

/**
 * llama.cpp's cache type for each KV dtype it takes: auto is its default f16; the links' old int8
 * and int4 always meant its q8_0 and q4_0. fp8 has none.
 */
export const LLAMACPP_CACHE_TYPES: Readonly<Partial<Record<KvDtype, LlamaCppCacheType>>> = {
  auto: 'f16',
  fp16: 'f16',
  bf16: 'bf16',
  fp32: 'f32',
  int8: 'q8_0',
  int4: 'q4_0',
  q8_0: 'q8_0',
  q4_0: 'q4_0',
};

/** The element each cache type stores, whose bytes formats/kv-formats.ts gives (block_q8_0: 34 per 32). */
export const LLAMACPP_CACHE_ELEMENTS: Readonly<Record<LlamaCppCacheType, Dtype | KvFormatId>> = {
  f32: 'fp32',
  f16: 'fp16',
  bf16: 'bf16',
  q8_0: 'q8_0',
  q4_0: 'q4_0',
};

/** --fit-target: "target margin per device for --fit option, default: 1024" MiB (common/arg.cpp). */
export const LLAMACPP_FIT_MARGIN: Sourced = {
  value: mibToBytes(1024),
  source:
    'llama.cpp common/arg.cpp: {"-fitt","--fit-target"} "target margin per device for --fit option, default: %zu" (1024 MiB; PR #16653)',
};

/** -ub: the physical batch, 512 tokens by default (common/common.h n_ubatch = 512). */
export const LLAMACPP_UBATCH: Sourced = {
  value: 512,
  source: 'llama.cpp common/common.h: int32_t n_ubatch = 512',
};

/**
 * The compute buffer of one device: the f32 logits of one ubatch, n_ubatch × V × 4 bytes, which
 * dominate it ("CUDA0 compute buffer size = 300.75 MiB" for a 151,936-token vocabulary at 512,
 * LLamaSharp issue #1099).
 */
export function llamaCppComputeBytes(vocab: number, ubatch: number): number {
  return ubatch * vocab * 4;
}

/**
 * Cells a cache of one layer kind holds for `slots` parallel sequences of `perSlot` tokens in one
 * unified cache of n_ctx = slots × perSlot cells: every cell for full attention; a sliding-window
 * cache min(n_ctx, pad(window × slots + n_ubatch, 256)) (llama_kv_cache_iswa, "creating SWA KV
 * cache, size = 2560 cells" for a 2,048-token window); linear attention one state per slot.
 */
export function llamaCppCells(
  group: CacheLayerGroup,
  slots: number,
  perSlot: number,
  ubatch: number,
): number {
  const context = slots * perSlot;
  if (group.kind === 'linear') return slots;
  if (group.span === null) return context;
  return Math.min(context, Math.ceil((group.span * slots + ubatch) / 256) * 256);
}

/**
 * KV bytes llama.cpp allocates at start on one device for the layers it holds: cells × (K + V)
 * bytes per layer, the whole context whether used or not (src/llama-kv-cache.cpp).
 */
export function llamaCppKvBytes(
  groups: readonly CacheLayerGroup[],
  slots: number,
  perSlot: number,
  ubatch: number,
): number {
  return groups.reduce((sum, g) => {
    const cells = llamaCppCells(g, slots, perSlot, ubatch);
    return (
      sum + g.layers * (g.kind === 'linear' ? cells * g.bytesPerSequence : cells * g.bytesPerToken)
    );
  }, 0);
}

/**
 * Repeating layers and the output layer on the GPUs for `-ngl n`: llama.cpp counts the output
 * layer as layer L, so any n ≥ 1 offloads it and n − 1 of the last repeating layers
 * (llama_model::load_tensors, i_gpu_start = max(n_layer + 1 − n_gpu_layers, 0)); the token
 * embeddings stay in host memory.
 */
export function llamaCppOffload(
  layers: number,
  gpuLayers: number | null,
): { repeating: number; output: boolean } {
  const n = gpuLayers ?? layers + 1;
  return { repeating: Math.min(layers, Math.max(0, n - 1)), output: n >= 1 };
}
