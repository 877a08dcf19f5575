import type { HubConfig } from './hub-config-schema';

const ENCODER_FAMILIES = new Set([
  'albert',
  'bart',
  'bert',
  'deberta',
  'deberta-v2',
  'distilbert',
  'electra',
  'longt5',
  'marian',
  'mbart',
  'mt5',
  'pegasus',
  'roberta',
  'switch_transformers',
  't5',
  'umt5',
  'whisper',
  'xlm-roberta',
]);

const RECURRENT_FAMILIES = new Set([
  'bamba',
  'falcon_h1',
  'falcon_mamba',
  'granitemoehybrid',
  'jamba',
  'lfm2',
  'mamba',
  'mamba2',
  'nemotron_h',
  'recurrent_gemma',
  'rwkv',
  'rwkv5',
  'rwkv6',
  'zamba',
  'zamba2',
]);

/** Families whose mapping reads multi-head latent attention (kv_lora_rank and its head sizes). */
const MLA_FAMILIES = new Set(['deepseek_v2', 'deepseek_v3', 'kimi_k2']);

/** The layer kinds each family's mapping reads beyond full and sliding softmax attention. */
const OWN_LAYER_KINDS: Readonly<Record<string, readonly string[]>> = {
  qwen3_next: ['linear_attention'],
  llama4_text: ['chunked_attention'],
};

/**
 * Why this config describes a network the engine cannot size, or null when it can. The engine
 * models decoder-only transformers with multi-, grouped- or single-query attention, multi-head
 * latent attention, local (sliding or chunked) attention and Gated DeltaNet linear attention; it
 * does not model encoders, or the state-space and recurrent layers of Mamba-style hybrids, whose
 * state shapes differ from one family to the next.
 */
export function unsupportedReason(config: HubConfig): string | null {
  const type = config.model_type ?? '';
  if (config.is_encoder_decoder === true || ENCODER_FAMILIES.has(type)) {
    return `"${type || 'this model'}" is an encoder or encoder-decoder model; only decoder-only language models are sized`;
  }
  if (!MLA_FAMILIES.has(type) && typeof config.kv_lora_rank === 'number') {
    return `"${type || 'this model'}" uses multi-head latent attention (kv_lora_rank) under a model_type this calculator does not know; DeepSeek-V2, DeepSeek-V3 and Kimi-K2 configs are read`;
  }
  if (RECURRENT_FAMILIES.has(type)) {
    return `"${type}" has state-space or recurrent layers, which the engine does not model`;
  }
  const known = ['full_attention', 'sliding_attention', ...(OWN_LAYER_KINDS[type] ?? [])];
  const other = (config.layer_types ?? []).find((kind) => !known.includes(kind));
  if (other !== undefined)
    return `its layer_types include "${other}" layers, which the engine does not model`;
  return null;
}
