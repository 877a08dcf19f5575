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
  'qwen3_next',
  'recurrent_gemma',
  'rwkv',
  'rwkv5',
  'rwkv6',
  'zamba',
  'zamba2',
]);

const MLA_FAMILIES = new Set(['deepseek_v2', 'deepseek_v3', 'kimi_k2']);

/**
 * Why this config describes a network the engine cannot size (it models decoder-only
 * transformers with multi-, grouped- or single-query attention), or null when it can.
 */
export function unsupportedReason(config: HubConfig): string | null {
  const type = config.model_type ?? '';
  if (config.is_encoder_decoder === true || ENCODER_FAMILIES.has(type)) {
    return `"${type || 'this model'}" is an encoder or encoder-decoder model; only decoder-only language models are sized`;
  }
  if (MLA_FAMILIES.has(type) || typeof config.kv_lora_rank === 'number') {
    return `"${type || 'this model'}" uses multi-head latent attention (kv_lora_rank), whose weights and compressed KV cache the engine does not model yet; DeepSeek-MoE and DeepSeek-LLM (model_type "deepseek" and "llama") are supported`;
  }
  if (RECURRENT_FAMILIES.has(type)) {
    return `"${type}" has state-space or recurrent layers, which the engine does not model`;
  }
  const other = (config.layer_types ?? []).find(
    (kind) => kind !== 'full_attention' && kind !== 'sliding_attention',
  );
  if (other !== undefined)
    return `its layer_types include "${other}" layers, which the engine does not model`;
  return null;
}
