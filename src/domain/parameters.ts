import type { ModelSpec } from './model';

/** The model's parameters by component: the seed's "what the parameters are made of" (formulas.md §1). */
export interface ParameterBreakdown {
  /** Token embedding table V·e (e = h unless projected), plus OPT-350m's project_in and project_out 2·e·h. */
  embeddings: number;
  /** Learned position table, (P + offset)·h (0 for rotary positions). */
  positions: number;
  /** Q, K, V and output projection weights, all layers. */
  attention: number;
  /** Dense MLP and expert weights, all layers. */
  mlp: number;
  /** MoE router weights, h·E per MoE layer, plus h for a shared-expert gate (Qwen2-MoE). */
  router: number;
  /** Norm weights (and LayerNorm biases), all layers and the final norm. */
  norms: number;
  /** Biases of the linear layers. */
  biases: number;
  /** Output head V·e, 0 when tied to the embeddings. */
  head: number;
  total: number;
  /** Parameters one token uses: a mixture of experts counts only the k routed and the shared experts. */
  active: number;
  /** Weights of the linear layers inside the blocks: what int8/int4 checkpoints quantize. */
  quantizable: number;
  /** Parameters of the largest single layer: what ZeRO-3 gathers while that layer runs. */
  largestLayer: number;
}

/** Weights of one MLP of width f: gated (SwiGLU) 3·h·f, plain (GeLU) 2·h·f. */
export function mlpWeightCount(hidden: number, width: number, gated: boolean): number {
  return (gated ? 3 : 2) * hidden * width;
}

/** Biases of one MLP of width f: gated 2·f + h, plain f + h. */
export function mlpBiasCount(hidden: number, width: number, gated: boolean): number {
  return (gated ? 2 : 1) * width + hidden;
}

/** Attention weights per layer: Q h·a·d, K and V h·kv·d each, output a·d·h (formulas.md §1). */
export function attentionWeightCount(m: ModelSpec): number {
  return 2 * m.hidden * m.heads * m.headDim + 2 * m.hidden * m.kvHeads * m.headDim;
}

/** Attention biases per layer: a·d + 2·kv·d for Q/K/V, plus h for the output projection. */
export function attentionBiasCount(m: ModelSpec): number {
  if (m.attentionBias === 'none') return 0;
  const qkv = m.heads * m.headDim + 2 * m.kvHeads * m.headDim;
  return m.attentionBias === 'all' ? qkv + m.hidden : qkv;
}

/** One norm's parameters: RMSNorm h weights, LayerNorm 2h (weight and bias). */
export function normParamCount(width: number, norm: ModelSpec['norm']): number {
  return norm === 'layernorm' ? 2 * width : width;
}

/** Width of the token embeddings: OPT-350m's word_embed_proj_dim, else the hidden size. */
export function embeddingWidth(m: ModelSpec): number {
  return m.embeddingDim ?? m.hidden;
}

/** Number of layers whose MLP is a mixture of experts. */
export function moeLayerCount(m: ModelSpec): number {
  return m.experts > 1 ? Math.max(0, m.layers - m.denseLayers) : 0;
}

/**
 * Counts a decoder-only transformer's parameters by component (formulas.md §1).
 * Public checks: Llama-2-7B 6,738,415,616; GPT-3 174,604,259,328.
 */
export function countParameters(m: ModelSpec): ParameterBreakdown {
  const gated = m.mlp === 'gated';
  const moeLayers = moeLayerCount(m);
  const denseLayers = m.layers - moeLayers;

  const attentionPerLayer = attentionWeightCount(m);
  const attentionBiasPerLayer = attentionBiasCount(m);
  const normsPerLayer =
    m.normsPerLayer * normParamCount(m.hidden, m.norm) +
    (m.qkNorm ? 2 * normParamCount(m.headDim, m.norm) : 0);

  const denseMlp = mlpWeightCount(m.hidden, m.intermediate, gated);
  const denseMlpBias = m.mlpBias ? mlpBiasCount(m.hidden, m.intermediate, gated) : 0;
  const expertMlp = mlpWeightCount(m.hidden, m.expertIntermediate, gated);
  const expertBias = m.mlpBias ? mlpBiasCount(m.hidden, m.expertIntermediate, gated) : 0;
  const sharedMlp = mlpWeightCount(m.hidden, m.sharedExpertIntermediate, gated);
  const sharedBias =
    m.mlpBias && m.sharedExpertIntermediate > 0
      ? mlpBiasCount(m.hidden, m.sharedExpertIntermediate, gated)
      : 0;
  // Qwen2-MoE's shared_expert_gate is Linear(h, 1, bias=False) in every MoE layer (modeling_qwen2_moe.py).
  const routerPerLayer = m.hidden * m.experts + (m.sharedExpertGate ? m.hidden : 0);

  const moeMlpPerLayer = m.experts * expertMlp + m.sharedExperts * sharedMlp;
  const moeBiasPerLayer = m.experts * expertBias + m.sharedExperts * sharedBias;
  const activeMoeMlpPerLayer = m.expertsPerToken * expertMlp + m.sharedExperts * sharedMlp;
  const activeMoeBiasPerLayer = m.expertsPerToken * expertBias + m.sharedExperts * sharedBias;

  // OPT (modeling_opt.py): embed_tokens is V×e with project_in e→h and project_out h→e when
  // word_embed_proj_dim ≠ hidden_size, and embed_positions holds max_position_embeddings + 2 rows.
  const width = embeddingWidth(m);
  const projections = width === m.hidden ? 0 : 2 * width * m.hidden;
  const embeddings = m.vocab * width + projections;
  const positions = m.positions === 'learned' ? (m.maxPositions + m.positionOffset) * m.hidden : 0;
  const head = m.tiedEmbeddings ? 0 : m.vocab * width;
  const attention = m.layers * attentionPerLayer;
  const mlp = denseLayers * denseMlp + moeLayers * moeMlpPerLayer;
  const router = moeLayers * routerPerLayer;
  // OPT-350m normalises after each sublayer and has no final norm (do_layer_norm_before = false).
  const norms = m.layers * normsPerLayer + (m.finalNorm ? normParamCount(m.hidden, m.norm) : 0);
  const biases =
    m.layers * attentionBiasPerLayer + denseLayers * denseMlpBias + moeLayers * moeBiasPerLayer;
  const total = embeddings + positions + attention + mlp + router + norms + biases + head;

  const inactive =
    moeLayers * (moeMlpPerLayer - activeMoeMlpPerLayer + moeBiasPerLayer - activeMoeBiasPerLayer);

  const sharedPerLayer = attentionPerLayer + attentionBiasPerLayer + normsPerLayer;
  const largestLayer = Math.max(
    denseLayers > 0 ? sharedPerLayer + denseMlp + denseMlpBias : 0,
    moeLayers > 0 ? sharedPerLayer + moeMlpPerLayer + moeBiasPerLayer + routerPerLayer : 0,
    embeddings,
    head,
  );

  return {
    embeddings,
    positions,
    attention,
    mlp,
    router,
    norms,
    biases,
    head,
    total,
    active: total - inactive,
    quantizable: attention + mlp + router,
    largestLayer,
  };
}

export const PARAMETER_COMPONENTS = [
  'embeddings',
  'positions',
  'attention',
  'mlp',
  'router',
  'norms',
  'biases',
  'head',
] as const satisfies readonly (keyof ParameterBreakdown)[];
