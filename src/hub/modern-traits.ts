import type { ConfigReader } from './config-reader';
import {
  deepseekMoeLayer,
  llamaBlock,
  moeTraits,
  qwenMoeLayer,
  windowWithFullLayers,
  type Core,
  type Traits,
} from './family-traits';

/**
 * Multi-head latent attention (DeepSeek-V2/V3, Kimi-K2; modeling_deepseek_v3.py): the latent
 * ranks, each head's query/key of qk_nope + qk_rope and value of v_head_dim. The latent cache has
 * one "head", so the key/value head count the file gives has no role and is set to the heads.
 */
export function mlaTraits(r: ConfigReader, core: Core): Traits {
  const nope = r.config.qk_nope_head_dim ?? 128;
  const rope = r.config.qk_rope_head_dim ?? 64;
  return {
    kvLoraRank: r.config.kv_lora_rank ?? null,
    qLoraRank: r.config.q_lora_rank ?? null,
    qkRopeHeadDim: rope,
    headDim: nope + rope,
    vHeadDim: r.config.v_head_dim ?? nope,
    kvHeads: core.heads,
  };
}

/**
 * DeepSeek-V2/V3 and Kimi-K2: MLA, routed and shared experts after the leading dense layers, a
 * router correction bias with "noaux_tc" routing (V3, K2), and num_nextn_predict_layers
 * multi-token-prediction modules beside the model.
 */
export function deepseekV3Traits(r: ConfigReader, core: Core): Traits {
  return {
    ...llamaBlock(r),
    ...mlaTraits(r, core),
    ...moeTraits(r, core, {
      label: 'DeepSeek-V3',
      topKDefault: 8,
      isMoeLayer: deepseekMoeLayer,
      expertWidth: 'moe',
      shared: 'deepseek',
    }),
    routerBias: r.config.topk_method === 'noaux_tc',
    mtpLayers: r.config.num_nextn_predict_layers ?? 0,
  };
}

/**
 * gpt-oss (modeling_gpt_oss.py): biases on Q, K, V and O, a learned sink per head, experts as wide
 * as intermediate_size with biases, a router with a bias; layer_types alternate sliding and full.
 */
export const gptOssTraits = (r: ConfigReader, core: Core): Traits => ({
  ...llamaBlock(r),
  attentionBias: r.flag('attention_bias', true) ? 'all' : 'none',
  attentionSinks: true,
  mlpBias: true,
  routerBias: true,
  ...moeTraits(r, core, { label: 'gpt-oss', topKDefault: 4, expertWidth: 'dense', shared: 'none' }),
});

/**
 * Llama 4 text (modeling_llama4.py): MoE every interleave_moe_layer_step-th layer with one shared
 * expert, dense layers of intermediate_size_mlp; RoPE layers attend within chunks of
 * attention_chunk_size, the NoPE layers (no_rope_layers[i] = 0) to the whole context; the
 * query/key norm is an L2 norm with no weights.
 */
export function llama4Traits(r: ConfigReader, core: Core): Traits {
  const step = r.config.interleave_moe_layer_step ?? 1;
  const experts = r.number('experts') ?? 1;
  const noRope = r.config.no_rope_layers;
  const globalLayers =
    noRope && noRope.length === core.layers
      ? noRope.filter((usesRope) => usesRope === 0).length
      : Math.floor(core.layers / 4);
  const chunk = r.config.attention_chunk_size;
  return {
    ...llamaBlock(r),
    intermediate: r.config.intermediate_size_mlp ?? core.intermediate,
    ...(experts > 1
      ? {
          experts,
          expertsPerToken: r.number('expertsPerToken') ?? 1,
          expertIntermediate: core.intermediate,
          sharedExperts: 1,
          sharedExpertIntermediate: core.intermediate,
          moeLayerStep: step,
        }
      : {}),
    ...(chunk
      ? {
          ...windowWithFullLayers(chunk, globalLayers, core.layers),
          localAttention: 'chunked' as const,
        }
      : {}),
  };
}

/**
 * Qwen3-Next (modeling_qwen3_next.py): Gated DeltaNet linear attention in all but every
 * full_attention_interval-th layer, gated softmax attention (Q doubled) with query/key norms in
 * the others, 512 fine-grained experts with a gated shared expert, and one MTP module.
 */
export function qwen3NextTraits(r: ConfigReader, core: Core): Traits {
  const types = r.config.layer_types;
  const interval = r.config.full_attention_interval ?? 4;
  const linear =
    types && types.length === core.layers
      ? types.filter((kind) => kind === 'linear_attention').length
      : core.layers - Math.floor(core.layers / interval);
  return {
    ...llamaBlock(r),
    qkNorm: true,
    attentionOutputGate: true,
    linearAttentionLayers: linear,
    linearKeyHeads: r.config.linear_num_key_heads ?? 16,
    linearValueHeads: r.config.linear_num_value_heads ?? 32,
    linearKeyHeadDim: r.config.linear_key_head_dim ?? 128,
    linearValueHeadDim: r.config.linear_value_head_dim ?? 128,
    linearConvKernel: r.config.linear_conv_kernel_dim ?? 4,
    ...moeTraits(r, core, {
      label: 'Qwen3-Next',
      topKDefault: 10,
      isMoeLayer: qwenMoeLayer,
      expertWidth: 'moe',
      shared: 'qwen',
    }),
    mtpLayers: r.orAssume(
      'mtpLayers',
      r.config.num_nextn_predict_layers ?? undefined,
      1,
      'the Qwen3-Next checkpoints ship one multi-token-prediction layer (mtp.* weights) that config.json does not count',
    ),
  };
}

/**
 * Gemma 3 text (modeling_gemma3.py): four norms a layer, per-head query/key norms, and five local
 * layers to one global: layer i is global when (i + 1) % sliding_window_pattern = 0.
 */
export function gemma3Traits(r: ConfigReader, core: Core): Traits {
  const types = r.config.layer_types;
  const pattern = r.config.sliding_window_pattern ?? 6;
  const global =
    types && types.length === core.layers
      ? types.filter((kind) => kind === 'full_attention').length
      : Math.floor(core.layers / pattern);
  const window = r.number('slidingWindow');
  return {
    ...llamaBlock(r),
    mlpBias: false,
    normsPerLayer: 4,
    qkNorm: true,
    ...(window === undefined ? {} : windowWithFullLayers(window, global, core.layers)),
  };
}
