import { defineModel, type ModelSpec } from '../model';
import { MODEL_PRESETS_2025 } from './models-2025';

/**
 * Model presets, each a real architecture copied from its published config.json (Hugging Face
 * Hub) or paper. The product's five sizes are 7B = Llama-2-7B, 13B = Llama-2-13B,
 * 70B = Llama-2-70B, 175B = GPT-3 and 314B = Grok-1.
 */
export interface ModelPreset {
  id: string;
  /** Short label of the product's size picker ("7B"), when the preset is one of the five. */
  size?: string;
  /** Where the numbers come from. */
  source: string;
  /** The parameter count the model card or paper publishes, for the UI to show beside ours. */
  publishedParams: string;
  model: ModelSpec;
}

export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    id: 'llama-2-7b',
    size: '7B',
    source: 'meta-llama/Llama-2-7b-hf config.json; Touvron et al. 2023, Table 1',
    publishedParams: '7B (6,738,415,616)',
    model: defineModel({
      name: 'Llama-2-7B',
      layers: 32,
      hidden: 4096,
      heads: 32,
      intermediate: 11008,
      vocab: 32000,
      maxPositions: 4096,
    }),
  },
  {
    id: 'llama-2-13b',
    size: '13B',
    source: 'meta-llama/Llama-2-13b-hf config.json',
    publishedParams: '13B (13,015,864,320)',
    model: defineModel({
      name: 'Llama-2-13B',
      layers: 40,
      hidden: 5120,
      heads: 40,
      intermediate: 13824,
      vocab: 32000,
      maxPositions: 4096,
    }),
  },
  {
    id: 'llama-2-70b',
    size: '70B',
    source: 'meta-llama/Llama-2-70b-hf config.json (grouped-query attention, 8 KV heads)',
    publishedParams: '70B (68,976,648,192)',
    model: defineModel({
      name: 'Llama-2-70B',
      layers: 80,
      hidden: 8192,
      heads: 64,
      kvHeads: 8,
      intermediate: 28672,
      vocab: 32000,
      maxPositions: 4096,
    }),
  },
  {
    id: 'gpt-3',
    size: '175B',
    source:
      'Brown et al. 2020 (GPT-3), Table 2.1: 96 layers, d_model 12288, 96 heads, 2048 context; GPT-2 vocabulary and tied embeddings',
    publishedParams: '175B (no exact count published)',
    model: defineModel({
      name: 'GPT-3 175B',
      layers: 96,
      hidden: 12288,
      heads: 96,
      intermediate: 4 * 12288,
      vocab: 50257,
      mlp: 'plain',
      norm: 'layernorm',
      positions: 'learned',
      maxPositions: 2048,
      tiedEmbeddings: true,
      attentionBias: 'all',
      mlpBias: true,
    }),
  },
  {
    id: 'grok-1',
    size: '314B',
    source:
      'xai-org/grok-1 model.py and run.py: 64 layers, emb 6144, 48 query / 8 KV heads of 128, 8 experts top-2, ffn_size(6144, 8) = 32768, vocab 131072, tied in/out embedding, four RMSNorms per layer, no biases; released ckpt-0 holds 315,684,820,992 weights (rmems/xai-dissect inventory)',
    publishedParams: '314B (xAI); 315,684,820,992 in the released checkpoint',
    model: defineModel({
      name: 'Grok-1',
      layers: 64,
      hidden: 6144,
      heads: 48,
      kvHeads: 8,
      headDim: 128,
      intermediate: 32768,
      vocab: 131072,
      normsPerLayer: 4,
      maxPositions: 8192,
      tiedEmbeddings: true,
      experts: 8,
      expertsPerToken: 2,
      expertIntermediate: 32768,
    }),
  },
  {
    id: 'llama-3.1-8b',
    source: 'meta-llama/Llama-3.1-8B config.json',
    publishedParams: '8B (8,030,261,248)',
    model: defineModel({
      name: 'Llama-3.1-8B',
      layers: 32,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      intermediate: 14336,
      vocab: 128256,
      maxPositions: 131072,
    }),
  },
  {
    id: 'llama-3.1-70b',
    source: 'meta-llama/Llama-3.1-70B config.json',
    publishedParams: '70B (70,553,706,496)',
    model: defineModel({
      name: 'Llama-3.1-70B',
      layers: 80,
      hidden: 8192,
      heads: 64,
      kvHeads: 8,
      intermediate: 28672,
      vocab: 128256,
      maxPositions: 131072,
    }),
  },
  {
    id: 'llama-3.1-405b',
    source: 'meta-llama/Llama-3.1-405B config.json',
    publishedParams: '405B (405,853,388,800)',
    model: defineModel({
      name: 'Llama-3.1-405B',
      layers: 126,
      hidden: 16384,
      heads: 128,
      kvHeads: 8,
      intermediate: 53248,
      vocab: 128256,
      maxPositions: 131072,
    }),
  },
  {
    id: 'mistral-7b',
    source: 'mistralai/Mistral-7B-v0.1 config.json (sliding window 4096)',
    publishedParams: '7.3B (7,241,732,096)',
    model: defineModel({
      name: 'Mistral-7B-v0.1',
      layers: 32,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      intermediate: 14336,
      vocab: 32000,
      maxPositions: 32768,
      slidingWindow: 4096,
    }),
  },
  {
    id: 'mixtral-8x7b',
    source:
      'mistralai/Mixtral-8x7B-v0.1 config.json; Mistral AI announcement (46.7B total, 12.9B active); Jiang et al. 2024 (47B, 13B active)',
    publishedParams: '46.7B total, 12.9B active (46,702,792,704)',
    model: defineModel({
      name: 'Mixtral-8x7B',
      layers: 32,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      intermediate: 14336,
      vocab: 32000,
      maxPositions: 32768,
      experts: 8,
      expertsPerToken: 2,
      expertIntermediate: 14336,
    }),
  },
  {
    id: 'qwen2.5-7b',
    source: 'Qwen/Qwen2.5-7B config.json (Q/K/V biases)',
    publishedParams: '7.61B (7,615,616,512)',
    model: defineModel({
      name: 'Qwen2.5-7B',
      layers: 28,
      hidden: 3584,
      heads: 28,
      kvHeads: 4,
      intermediate: 18944,
      vocab: 152064,
      maxPositions: 131072,
      attentionBias: 'qkv',
    }),
  },
  {
    id: 'qwen3-8b',
    source: 'Qwen/Qwen3-8B config.json (head_dim 128, per-head Q/K RMSNorm)',
    publishedParams: '8.2B (8,190,735,360)',
    model: defineModel({
      name: 'Qwen3-8B',
      layers: 36,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediate: 12288,
      vocab: 151936,
      maxPositions: 40960,
      qkNorm: true,
    }),
  },
  {
    id: 'phi-3-mini',
    source: 'microsoft/Phi-3-mini-4k-instruct config.json',
    publishedParams: '3.8B (3,821,079,552)',
    model: defineModel({
      name: 'Phi-3-mini-4k',
      layers: 32,
      hidden: 3072,
      heads: 32,
      intermediate: 8192,
      vocab: 32064,
      maxPositions: 4096,
    }),
  },
  ...MODEL_PRESETS_2025,
];

export const DEFAULT_MODEL_PRESET_ID = 'llama-2-7b';

export function findModelPreset(id: string): ModelPreset | undefined {
  return MODEL_PRESETS.find((preset) => preset.id === id);
}
