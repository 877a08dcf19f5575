import { defineModel, type ModelSpec } from '../domain/model';
import { findModelPreset } from '../domain/presets/models';

/** A preset's architecture, for the format tests. */
export function preset(id: string): ModelSpec {
  const found = findModelPreset(id);
  if (!found) throw new Error(`no model preset ${id}`);
  return found.model;
}

/**
 * gpt-oss-20b / -120b from their config.json (/tmp/research/architectures.md §3): hidden 2880,
 * 64 query heads and 8 KV heads of 64, experts of 2880, vocab 201088, untied, attention and
 * expert biases, a sink per head, a router bias, top-4; 24 layers × 32 experts or 36 × 128.
 */
export function gptOss(layers: number, experts: number): ModelSpec {
  return defineModel({
    name: `gpt-oss (${layers} layers)`,
    layers,
    hidden: 2880,
    heads: 64,
    kvHeads: 8,
    headDim: 64,
    intermediate: 2880,
    vocab: 201088,
    experts,
    expertsPerToken: 4,
    expertIntermediate: 2880,
    attentionBias: 'all',
    mlpBias: true,
    attentionSinks: true,
    routerBias: true,
    slidingWindow: 128,
    fullAttentionLayers: layers / 2,
    maxPositions: 131072,
  });
}

/**
 * DeepSeek-V3 from its config.json (architectures.md §1): hidden 7168, 61 layers, 128 heads,
 * q_lora_rank 1536, kv_lora_rank 512, qk_nope 128 + qk_rope 64, v_head 128, intermediate 18432,
 * 256 routed experts of 2048 and 1 shared, top-8, first_k_dense_replace 3, vocab 129280, untied,
 * e_score_correction_bias on the router, one MTP layer.
 */
export const deepSeekV3 = (): ModelSpec =>
  defineModel({
    name: 'DeepSeek-V3',
    layers: 61,
    hidden: 7168,
    heads: 128,
    kvHeads: 128,
    headDim: 192,
    vHeadDim: 128,
    kvLoraRank: 512,
    qLoraRank: 1536,
    qkRopeHeadDim: 64,
    intermediate: 18432,
    vocab: 129280,
    experts: 256,
    expertsPerToken: 8,
    expertIntermediate: 2048,
    sharedExperts: 1,
    sharedExpertIntermediate: 2048,
    denseLayers: 3,
    routerBias: true,
    mtpLayers: 1,
    maxPositions: 163840,
  });
