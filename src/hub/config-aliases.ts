import type { HubConfig } from './hub-config-schema';

/** ModelSpec numbers that families spell in different ways in config.json. */
export type AliasedField =
  | 'layers'
  | 'hidden'
  | 'heads'
  | 'kvHeads'
  | 'headDim'
  | 'intermediate'
  | 'vocab'
  | 'maxPositions'
  | 'experts'
  | 'expertsPerToken'
  | 'expertIntermediate'
  | 'sharedExperts'
  | 'sharedExpertIntermediate'
  | 'denseLayers'
  | 'slidingWindow';

/**
 * Where each number lives, first match wins: Llama-style names first, then GPT-2's (n_layer,
 * n_embd, n_head, n_inner, n_positions), OPT's ffn_dim, Falcon's n_head_kv / num_kv_heads and
 * ffn_hidden_size, MPT's d_model / n_heads / n_layers, and the MoE names of Mixtral
 * (num_local_experts), Qwen-MoE (num_experts) and DeepSeek (n_routed_experts, n_shared_experts).
 */
export const CONFIG_ALIASES: Readonly<Record<AliasedField, readonly (keyof HubConfig)[]>> = {
  layers: ['num_hidden_layers', 'n_layer', 'n_layers', 'num_layers'],
  hidden: ['hidden_size', 'n_embd', 'n_embed', 'd_model'],
  heads: ['num_attention_heads', 'n_head', 'n_heads'],
  kvHeads: ['num_key_value_heads', 'num_kv_heads', 'n_head_kv'],
  headDim: ['head_dim'],
  intermediate: ['intermediate_size', 'n_inner', 'ffn_dim', 'ffn_hidden_size'],
  vocab: ['vocab_size'],
  maxPositions: ['max_position_embeddings', 'n_positions'],
  experts: ['num_local_experts', 'num_experts', 'n_routed_experts'],
  expertsPerToken: ['num_experts_per_tok', 'experts_per_token'],
  expertIntermediate: ['moe_intermediate_size'],
  sharedExperts: ['n_shared_experts', 'num_shared_experts'],
  sharedExpertIntermediate: ['shared_expert_intermediate_size'],
  denseLayers: ['first_k_dense_replace'],
  slidingWindow: ['sliding_window'],
};

export interface AliasValue {
  value: number;
  /** The config.json key the value came from, for messages that name it. */
  key: keyof HubConfig;
}

/** The first number present under any of the field's names; null values count as absent. */
export function readAlias(config: HubConfig, field: AliasedField): AliasValue | undefined {
  for (const key of CONFIG_ALIASES[field]) {
    const value = config[key];
    if (typeof value === 'number') return { value, key };
  }
  return undefined;
}

/** The names a missing field could have had, for "it has no …" messages. */
export const aliasNames = (field: AliasedField): string => CONFIG_ALIASES[field].join(' / ');
