import { checkBoolean, checkPositiveInteger, type FieldIssue } from './errors';

export type MlpKind = 'gated' | 'plain';
export type NormKind = 'rmsnorm' | 'layernorm';
export type PositionKind = 'rotary' | 'learned';
/** Which attention projections carry a bias: none (Llama), Q/K/V only (Qwen2), all four (GPT-2/3). */
export type AttentionBias = 'none' | 'qkv' | 'all';

/**
 * A decoder-only transformer's architecture, in the words of formulas.md §1.
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
  /** d: per-head dimension; h/a unless the config says otherwise. */
  headDim: number;
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
  /** Sliding attention window in tokens, or null for full attention on every layer. */
  slidingWindow: number | null;
  /**
   * Layers that attend to the whole context although the model has a sliding window: Gemma 2
   * alternates local and global layers (21 of 42). 0 when every layer uses the window.
   */
  fullAttentionLayers: number;
}

export type ModelOverrides = Partial<ModelSpec> &
  Pick<ModelSpec, 'name' | 'layers' | 'hidden' | 'heads' | 'vocab' | 'intermediate'>;

/** Fills the fields a dense Llama-style model leaves at their usual values. */
export function defineModel(spec: ModelOverrides): ModelSpec {
  const heads = spec.heads;
  return {
    kvHeads: heads,
    headDim: spec.hidden / heads,
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
    slidingWindow: null,
    fullAttentionLayers: 0,
    ...spec,
  };
}

export const isMoe = (model: ModelSpec): boolean => model.experts > 1;

const MAX_DIMENSION = 10_000_000;

type FlagKey = {
  [K in keyof ModelSpec]: ModelSpec[K] extends boolean ? K : never;
}[keyof ModelSpec];
/** A record rather than a list, so a boolean field added to ModelSpec fails to compile until it is checked. */
const FLAG_KEYS: Readonly<Record<FlagKey, true>> = {
  qkNorm: true,
  tiedEmbeddings: true,
  finalNorm: true,
  mlpBias: true,
  sharedExpertGate: true,
};
const MODEL_FLAGS = Object.keys(FLAG_KEYS) as FlagKey[];

/** Every reason a model cannot be sized, each naming its field under `prefix`. */
export function validateModel(model: ModelSpec, prefix = 'model'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const f = (name: string) => `${prefix}.${name}`;
  if (typeof model.name !== 'string' || model.name.trim() === '') {
    issues.push({ field: f('name'), message: 'must not be empty' });
  }
  checkPositiveInteger(issues, f('layers'), model.layers, { max: 100_000 });
  checkPositiveInteger(issues, f('hidden'), model.hidden, { max: MAX_DIMENSION });
  checkPositiveInteger(issues, f('heads'), model.heads, { max: 100_000 });
  checkPositiveInteger(issues, f('kvHeads'), model.kvHeads, { max: 100_000 });
  checkPositiveInteger(issues, f('headDim'), model.headDim, { max: MAX_DIMENSION });
  checkPositiveInteger(issues, f('intermediate'), model.intermediate, { max: MAX_DIMENSION });
  checkPositiveInteger(issues, f('vocab'), model.vocab, { max: 100_000_000 });
  checkPositiveInteger(issues, f('normsPerLayer'), model.normsPerLayer, {
    allowZero: true,
    max: 16,
  });
  checkPositiveInteger(issues, f('maxPositions'), model.maxPositions, { max: 1e9 });
  checkPositiveInteger(issues, f('positionOffset'), model.positionOffset, {
    allowZero: true,
    max: 1_000,
  });
  if (model.embeddingDim !== null) {
    checkPositiveInteger(issues, f('embeddingDim'), model.embeddingDim, { max: MAX_DIMENSION });
  }
  checkPositiveInteger(issues, f('experts'), model.experts, { max: 100_000 });
  checkPositiveInteger(issues, f('expertsPerToken'), model.expertsPerToken, { max: 100_000 });
  checkPositiveInteger(issues, f('expertIntermediate'), model.expertIntermediate, {
    max: MAX_DIMENSION,
  });
  checkPositiveInteger(issues, f('sharedExperts'), model.sharedExperts, {
    allowZero: true,
    max: 1_000,
  });
  checkPositiveInteger(issues, f('sharedExpertIntermediate'), model.sharedExpertIntermediate, {
    allowZero: true,
    max: MAX_DIMENSION,
  });
  checkPositiveInteger(issues, f('denseLayers'), model.denseLayers, {
    allowZero: true,
    max: 100_000,
  });
  if (model.slidingWindow !== null) {
    checkPositiveInteger(issues, f('slidingWindow'), model.slidingWindow, { max: 1e9 });
  }
  checkPositiveInteger(issues, f('fullAttentionLayers'), model.fullAttentionLayers, {
    allowZero: true,
    max: 100_000,
  });
  for (const flag of MODEL_FLAGS) checkBoolean(issues, f(flag), model[flag]);
  if (!['gated', 'plain'].includes(model.mlp))
    issues.push({ field: f('mlp'), message: 'must be "gated" or "plain"' });
  if (!['rmsnorm', 'layernorm'].includes(model.norm)) {
    issues.push({ field: f('norm'), message: 'must be "rmsnorm" or "layernorm"' });
  }
  if (!['rotary', 'learned'].includes(model.positions)) {
    issues.push({ field: f('positions'), message: 'must be "rotary" or "learned"' });
  }
  if (!['none', 'qkv', 'all'].includes(model.attentionBias)) {
    issues.push({ field: f('attentionBias'), message: 'must be "none", "qkv" or "all"' });
  }
  if (issues.length > 0) return issues;

  if (model.kvHeads > model.heads) {
    issues.push({
      field: f('kvHeads'),
      message: `(${model.kvHeads}) cannot exceed the attention heads (${model.heads})`,
    });
  } else if (model.heads % model.kvHeads !== 0) {
    issues.push({
      field: f('kvHeads'),
      message: `(${model.kvHeads}) must divide the attention heads (${model.heads}) evenly`,
    });
  }
  if (model.expertsPerToken > model.experts) {
    issues.push({
      field: f('expertsPerToken'),
      message: `(${model.expertsPerToken}) cannot exceed the number of experts (${model.experts})`,
    });
  }
  if (model.experts > 1 && model.denseLayers > model.layers) {
    issues.push({
      field: f('denseLayers'),
      message: `(${model.denseLayers}) cannot exceed the layers (${model.layers})`,
    });
  }
  if (model.fullAttentionLayers > model.layers) {
    issues.push({
      field: f('fullAttentionLayers'),
      message: `(${model.fullAttentionLayers}) cannot exceed the layers (${model.layers})`,
    });
  }
  return issues;
}
