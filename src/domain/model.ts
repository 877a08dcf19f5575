export type MlpKind = 'gated' | 'plain';
export type NormKind = 'rmsnorm' | 'layernorm';
export type PositionKind = 'rotary' | 'learned';
/** Which attention projections carry a bias: none (Llama), Q/K/V only (Qwen2), all four (GPT-2/3). */
export type AttentionBias = 'none' | 'qkv' | 'all';
/** How the layers that do not attend to the whole context see it: a sliding window, or fixed chunks (Llama 4). */
export type LocalAttention = 'sliding' | 'chunked';

/**
 * A decoder-only transformer's architecture, in the words of docs/method.md §1.
 * Dense models have `experts` = 1; mixture-of-experts models give the expert count, the
 * experts each token visits and each expert's MLP width.
 */
export interface ModelSpec {
  name: string;
  /** L: transformer layers. */
  layers: number;
  /** h: hidden size. */
  hidden: number;
  /** a: attention (query) heads. */
  heads: number;
  /** kv: key/value heads; = heads for multi-head attention, 1 for multi-query. */
  kvHeads: number;
  /** d: per-head dimension of queries and keys; h/a unless the config says otherwise. Under MLA, qk_nope_head_dim + qk_rope_head_dim. */
  headDim: number;
  /** Per-head dimension of values when it differs from `headDim` (MLA's v_head_dim); null when equal. */
  vHeadDim: number | null;
  /**
   * Multi-head latent attention (DeepSeek-V2/V3, Kimi-K2): the rank of the compressed key/value
   * latent (kv_lora_rank), or null for ordinary attention. Each token caches the latent plus the
   * shared rotary key, kv_lora_rank + qk_rope_head_dim values per layer.
   */
  kvLoraRank: number | null;
  /** MLA: the rank of the compressed query (q_lora_rank), or null for a plain query projection. */
  qLoraRank: number | null;
  /** MLA: the rotary part of each query and key head (qk_rope_head_dim); 0 otherwise. */
  qkRopeHeadDim: number;
  /** One learned sink logit per attention head in every attention layer (gpt-oss). */
  attentionSinks: boolean;
  /** A sigmoid output gate that doubles the query projection (Qwen3-Next's gated attention). */
  attentionOutputGate: boolean;
  /** f: MLP intermediate size of a dense layer. */
  intermediate: number;
  /** V: vocabulary size. */
  vocab: number;
  mlp: MlpKind;
  norm: NormKind;
  /** Norm layers per transformer layer: 2 for most families, 4 for Gemma 2 and Grok-1. */
  normsPerLayer: number;
  /** Per-head RMSNorm on queries and keys (Qwen3): 2·d weights per layer. */
  qkNorm: boolean;
  positions: PositionKind;
  /** Longest context the model was trained for; also the learned position table's size. */
  maxPositions: number;
  /** Learned position rows beyond `maxPositions` (OPT keeps 2 for its padding offset). */
  positionOffset: number;
  tiedEmbeddings: boolean;
  /**
   * e: width of the token embeddings when it differs from h (OPT-350m's word_embed_proj_dim),
   * with project_in e·h and project_out h·e around the blocks; null when the embeddings are h wide.
   */
  embeddingDim: number | null;
  /** A norm after the last block (false for OPT-350m, which normalises after each sublayer). */
  finalNorm: boolean;
  attentionBias: AttentionBias;
  mlpBias: boolean;
  /** E: routed experts per MoE layer; 1 for a dense model. */
  experts: number;
  /** k: routed experts each token visits. */
  expertsPerToken: number;
  /** Each routed expert's MLP width (often smaller than `intermediate` in fine-grained MoE). */
  expertIntermediate: number;
  /** Always-active shared experts per MoE layer (DeepSeek-MoE, Qwen2-MoE); each of `sharedExpertIntermediate`. */
  sharedExperts: number;
  sharedExpertIntermediate: number;
  /** A sigmoid gate h→1 scaling the shared expert's output in every MoE layer (Qwen2-MoE). */
  sharedExpertGate: boolean;
  /** The first layers that stay dense in an MoE model (DeepSeek's first_k_dense_replace). */
  denseLayers: number;
  /**
   * After the dense layers, every n-th layer is a mixture of experts and the rest are dense
   * (Llama 4's interleave_moe_layer_step, Qwen's decoder_sparse_step); 1 when all are.
   */
  moeLayerStep: number;
  /**
   * A bias of E values on the router of every MoE layer: gpt-oss's router bias, DeepSeek-V3's
   * e_score_correction_bias.
   */
  routerBias: boolean;
  /**
   * Multi-token-prediction modules shipped beside the model (DeepSeek-V3's and Qwen3-Next's
   * num_nextn_predict_layers): each is one more decoder layer with its own input norms and a
   * 2h→h projection. Counted apart from the model; engines load them only for speculative decoding.
   */
  mtpLayers: number;
  /**
   * Parameters of a multimodal checkpoint's vision encoder and projector (Gemma 3, Llama 4,
   * Mistral 3): loaded with the model, counted in its total, and never quantized by the text formats.
   */
  visionParams: number;
  /** Local attention span in tokens (a sliding window, or Llama 4's chunk), or null for full attention on every layer. */
  slidingWindow: number | null;
  /** Whether the local layers slide their window or attend within fixed chunks. */
  localAttention: LocalAttention;
  /**
   * Layers that attend to the whole context although the model has a local span: Gemma 2
   * alternates local and global layers (21 of 42), Gemma 3 has one global in six. 0 when every
   * attention layer is local.
   */
  fullAttentionLayers: number;
  /**
   * Layers of linear attention (Qwen3-Next's Gated DeltaNet) instead of softmax attention: each
   * keeps a fixed recurrent state per sequence, whatever its length, and caches no keys or values.
   */
  linearAttentionLayers: number;
  /** Linear attention: query/key heads, value heads, their dimensions and the causal convolution's width. */
  linearKeyHeads: number;
  linearValueHeads: number;
  linearKeyHeadDim: number;
  linearValueHeadDim: number;
  linearConvKernel: number;
}

export type ModelOverrides = Partial<ModelSpec> &
  Pick<ModelSpec, 'name' | 'layers' | 'hidden' | 'heads' | 'vocab' | 'intermediate'>;

/** Fills the fields a dense Llama-style model leaves at their usual values. */
export function defineModel(spec: ModelOverrides): ModelSpec {
  const heads = spec.heads;
  return {
    kvHeads: heads,
    headDim: spec.hidden / heads,
    vHeadDim: null,
    kvLoraRank: null,
    qLoraRank: null,
    qkRopeHeadDim: 0,
    attentionSinks: false,
    attentionOutputGate: false,
    mlp: 'gated',
    norm: 'rmsnorm',
    normsPerLayer: 2,
    qkNorm: false,
    positions: 'rotary',
    maxPositions: 4096,
    positionOffset: 0,
    tiedEmbeddings: false,
    embeddingDim: null,
    finalNorm: true,
    attentionBias: 'none',
    mlpBias: false,
    experts: 1,
    expertsPerToken: 1,
    expertIntermediate: spec.intermediate,
    sharedExperts: 0,
    sharedExpertIntermediate: 0,
    sharedExpertGate: false,
    denseLayers: 0,
    moeLayerStep: 1,
    routerBias: false,
    mtpLayers: 0,
    visionParams: 0,
    slidingWindow: null,
    localAttention: 'sliding',
    fullAttentionLayers: 0,
    linearAttentionLayers: 0,
    linearKeyHeads: 0,
    linearValueHeads: 0,
    linearKeyHeadDim: 0,
    linearValueHeadDim: 0,
    linearConvKernel: 0,
    ...spec,
  };
}

export const isMoe = (model: ModelSpec): boolean => model.experts > 1;
