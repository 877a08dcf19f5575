import { describe, expect, it } from 'vitest';
import {
  attentionBytesPerTokenPerLayer,
  cacheLayerGroups,
  kvCacheBytesPerGpu,
  kvCacheBytesPerToken,
  linearStateBytesPerLayer,
} from './memory/kv-cache';
import { defineModel } from './model';
import { findModelPreset } from './presets/models';

const preset = (id: string) => {
  const found = findModelPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.model;
};

/** Qwen3-Next-80B-A3B's config.json (src/hub/fixtures), as the engine's model. */
const qwen3Next = defineModel({
  name: 'Qwen3-Next-80B-A3B',
  layers: 48,
  hidden: 2048,
  heads: 16,
  kvHeads: 2,
  headDim: 256,
  intermediate: 5120,
  vocab: 151936,
  linearAttentionLayers: 36,
  linearKeyHeads: 16,
  linearValueHeads: 32,
  linearKeyHeadDim: 128,
  linearValueHeadDim: 128,
  linearConvKernel: 4,
});

describe('KV cache by layer kind, as vLLM sizes its pages', () => {
  it('MLA caches kv_lora_rank + qk_rope_head_dim per layer, one head replicated on every rank', () => {
    // vllm/v1/kv_cache_interface.py MLAAttentionSpec.real_page_size_bytes =
    // block_size * num_kv_heads * head_size * dtype_size, with num_kv_heads = 1 and
    // head_size = kv_lora_rank + qk_rope_head_dim = 576 for DeepSeek-V3.
    const v3 = preset('deepseek-v3');
    expect(attentionBytesPerTokenPerLayer(v3, 2, 1)).toBe(576 * 2);
    expect(attentionBytesPerTokenPerLayer(v3, 2, 8)).toBe(576 * 2);
    expect(kvCacheBytesPerToken(v3, 2)).toBe(70_272);
  });

  it('gpt-oss: 12 full layers keep every token, 12 sliding layers at most 128', () => {
    // AttentionSpec page: block_size * num_kv_heads * (head_size + head_size_v) * dtype; 8 KV heads
    // of 64; SlidingWindowSpec for layer_types "sliding_attention" with sliding_window 128.
    const m = preset('gpt-oss-20b');
    const perLayer = 8 * (64 + 64) * 2;
    expect(kvCacheBytesPerToken(m, 2)).toBe(24 * perLayer);
    expect(kvCacheBytesPerGpu(m, 2, 10_000, 1, 1, 1)).toBe(
      12 * perLayer * 10_000 + 12 * perLayer * 128,
    );
  });

  it('Gemma 3 27B: 10 global layers of 8 KiB a token; 52 local layers capped at the 1024-token window', () => {
    const m = preset('gemma-3-27b');
    const [global, local] = cacheLayerGroups(m, 2, 1, 2);
    expect(global).toMatchObject({ kind: 'full', layers: 10, bytesPerToken: 8192, span: null });
    expect(local).toMatchObject({ kind: 'sliding', layers: 52, bytesPerToken: 8192, span: 1024 });
  });

  it('Llama 4 Scout: 36 chunked layers hold at most one 8192-token chunk, 12 NoPE layers everything', () => {
    // vLLM ChunkedLocalAttentionSpec for attention_chunk_size 8192; no_rope_layers [1,1,1,0] × 12.
    const groups = cacheLayerGroups(preset('llama-4-scout'), 2, 1, 2);
    expect(groups.map((g) => [g.kind, g.layers, g.span])).toEqual([
      ['full', 12, null],
      ['chunked', 36, 8192],
    ]);
  });

  it('Qwen3-Next: 36 Gated DeltaNet layers keep 1,097,728 bytes each per sequence in bf16', () => {
    // vllm mamba_utils.py gated_delta_net_state_shape: conv (kernel − 1, 2·nk·dk + nv·dv) =
    // (3, 8192) and recurrent (nv, dk, dv) = (32, 128, 128), both bf16 by default.
    expect(linearStateBytesPerLayer(qwen3Next, 2, 1)).toBe((3 * 8192 + 32 * 128 * 128) * 2);
    const perSequence = 36 * 1_097_728;
    expect(perSequence).toBe(39_518_208);
    // The 12 full-attention layers keep 2 KV heads of 256: 2 KiB a token each.
    expect(kvCacheBytesPerGpu(qwen3Next, 2, 1000, 1, 1, 1)).toBe(perSequence + 12 * 2048 * 1000);
    // The state is split by value head over tensor-parallel ranks.
    expect(linearStateBytesPerLayer(qwen3Next, 2, 4)).toBe(1_097_728 / 4);
  });
});
