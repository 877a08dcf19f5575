import type { ModelSpec } from './model';

/** Width of the token embeddings: OPT-350m's word_embed_proj_dim, else the hidden size. */
export function embeddingWidth(m: ModelSpec): number {
  return m.embeddingDim ?? m.hidden;
}

/**
 * Layers whose MLP is a mixture of experts: after the `denseLayers` first ones, every
 * `moeLayerStep`-th (Llama 4's moe_layers = range(step − 1, L, step)).
 */
export function moeLayerCount(m: ModelSpec): number {
  if (m.experts <= 1) return 0;
  let count = 0;
  for (let layer = m.denseLayers; layer < m.layers; layer++) {
    if ((layer + 1) % m.moeLayerStep === 0) count++;
  }
  return count;
}

/** Layers of softmax attention (full or local): every layer that is not linear attention. */
export const softmaxAttentionLayers = (m: ModelSpec): number => m.layers - m.linearAttentionLayers;

/** Value width per head: MLA's v_head_dim, else the head dimension. */
export const valueHeadDim = (m: ModelSpec): number => m.vHeadDim ?? m.headDim;
