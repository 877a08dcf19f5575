import type { ConfigReader } from './config-reader';
import type { Core, Traits } from './family-traits';

/** Falcon: multi-query or grouped KV heads, one or two LayerNorms per parallel block, biases only with `bias`. */
export function falconTraits(r: ConfigReader, core: Core): Traits {
  const bias = r.flag('bias', false);
  // The original 40B checkpoints (model_type "RefinedWeb") are the new decoder architecture.
  const newArchitecture = r.flag('new_decoder_architecture', r.config.model_type === 'RefinedWeb');
  let kvHeads: number;
  let normsPerLayer: number;
  if (newArchitecture) {
    kvHeads = r.orAssume(
      'kvHeads',
      r.number('kvHeads'),
      core.heads,
      'num_kv_heads is missing; FalconConfig then uses one per head',
    );
    normsPerLayer =
      (r.config.num_ln_in_parallel_attn ?? 2) === 2 ? 2 : r.flag('parallel_attn', true) ? 1 : 2;
  } else {
    r.sources.kvHeads = 'multi_query';
    const multiQuery = r.config.multi_query ?? undefined;
    kvHeads = r.orAssume(
      'kvHeads',
      multiQuery === undefined ? undefined : multiQuery ? 1 : core.heads,
      1,
      'multi_query is missing; FalconConfig defaults to multi-query attention (one key/value head)',
    );
    // A parallel block reads one input_layernorm for attention and MLP alike.
    normsPerLayer = r.flag('parallel_attn', true) ? 1 : 2;
  }
  return {
    mlp: 'plain',
    norm: 'layernorm',
    positions: 'rotary',
    attentionBias: bias ? 'all' : 'none',
    mlpBias: bias,
    kvHeads,
    normsPerLayer,
  };
}

/**
 * OPT (modeling_opt.py): learned positions with 2 extra rows, ReLU MLP, biases unless
 * enable_bias is false, and OPT-350m's projected embeddings and missing final norm.
 */
export function optTraits(r: ConfigReader, core: Core): Traits {
  const bias = r.flag('enable_bias', true);
  const affine = r.flag('layer_norm_elementwise_affine', true);
  const embedding = r.config.word_embed_proj_dim ?? core.hidden;
  return {
    mlp: 'plain',
    norm: 'layernorm',
    positions: 'learned',
    positionOffset: 2,
    attentionBias: bias ? 'all' : 'none',
    mlpBias: bias,
    normsPerLayer: affine ? 2 : 0,
    finalNorm:
      affine && r.flag('do_layer_norm_before', true) && !r.flag('_remove_final_layer_norm', false),
    embeddingDim: embedding === core.hidden ? null : embedding,
  };
}
