import type {
  AttentionBias,
  LocalAttention,
  MlpKind,
  ModelSpec,
  NormKind,
  PositionKind,
} from '../../domain/model';
import type { Choice } from '../primitives/select-field';

/**
 * The editor's label for every ModelSpec field. `satisfies` makes a new field in the domain a type
 * error here until the editor has a label (and a test checks it has a control) for it.
 */
export const MODEL_FIELD_LABELS = {
  name: 'Name',
  layers: 'Layers (L)',
  hidden: 'Hidden size (h)',
  heads: 'Attention heads (a)',
  kvHeads: 'Key/value heads (kv)',
  headDim: 'Head dimension (d)',
  vHeadDim: 'Value head dimension',
  kvLoraRank: 'Latent key/value rank',
  qLoraRank: 'Latent query rank',
  qkRopeHeadDim: 'Rotary part of each head',
  attentionSinks: 'Attention sinks (one logit per head)',
  attentionOutputGate: 'Attention output gate (doubles Q)',
  intermediate: 'MLP width (f)',
  vocab: 'Vocabulary (V)',
  mlp: 'MLP',
  norm: 'Norm',
  normsPerLayer: 'Norms per layer',
  qkNorm: 'Query/key norms (QK-norm)',
  positions: 'Positions',
  maxPositions: 'Context length',
  positionOffset: 'Extra position rows',
  tiedEmbeddings: 'Output head tied to the embeddings',
  embeddingDim: 'Embedding width (e)',
  finalNorm: 'Norm after the last layer',
  attentionBias: 'Attention biases',
  mlpBias: 'MLP biases',
  experts: 'Experts (E, 1 = dense)',
  expertsPerToken: 'Experts per token (k)',
  expertIntermediate: 'Expert MLP width',
  sharedExperts: 'Shared experts',
  sharedExpertIntermediate: 'Shared expert width',
  sharedExpertGate: 'Shared-expert gate',
  denseLayers: 'Leading dense layers',
  moeLayerStep: 'MoE every n-th layer',
  routerBias: 'Router bias',
  mtpLayers: 'Multi-token-prediction layers',
  visionParams: 'Vision encoder parameters',
  slidingWindow: 'Attention window',
  localAttention: 'Local attention',
  fullAttentionLayers: 'Full-attention layers',
  linearAttentionLayers: 'Linear-attention layers',
  linearKeyHeads: 'Linear-attention key heads',
  linearValueHeads: 'Linear-attention value heads',
  linearKeyHeadDim: 'Linear-attention key head dimension',
  linearValueHeadDim: 'Linear-attention value head dimension',
  linearConvKernel: 'Linear-attention convolution width',
} as const satisfies Record<keyof ModelSpec, string>;

type KeysWhere<V> = { [K in keyof ModelSpec]: ModelSpec[K] extends V ? K : never }[keyof ModelSpec];
export type ModelCountKey = KeysWhere<number>;
export type ModelFlagKey = KeysWhere<boolean>;
/** Counts that may be absent (null): a sliding window, a separate embedding width. */
export type ModelOptionalKey = Exclude<KeysWhere<number | null>, ModelCountKey>;

/** Every count of a ModelSpec in the order of docs/method.md §1, with its unit. */
export const MODEL_COUNT_FIELDS: readonly { key: ModelCountKey; unit: string }[] = [
  { key: 'layers', unit: 'layers' },
  { key: 'hidden', unit: 'features' },
  { key: 'heads', unit: 'heads' },
  { key: 'kvHeads', unit: 'heads' },
  { key: 'headDim', unit: 'features' },
  { key: 'intermediate', unit: 'features' },
  { key: 'vocab', unit: 'tokens' },
  { key: 'maxPositions', unit: 'tokens' },
  { key: 'positionOffset', unit: 'rows' },
  { key: 'normsPerLayer', unit: 'norms' },
  { key: 'experts', unit: 'experts' },
  { key: 'expertsPerToken', unit: 'experts' },
  { key: 'expertIntermediate', unit: 'features' },
  { key: 'sharedExperts', unit: 'experts' },
  { key: 'sharedExpertIntermediate', unit: 'features' },
  { key: 'denseLayers', unit: 'layers' },
  { key: 'moeLayerStep', unit: 'layers' },
  { key: 'mtpLayers', unit: 'layers' },
  { key: 'visionParams', unit: 'parameters' },
  { key: 'linearAttentionLayers', unit: 'layers' },
];

/** MLA's sizes, shown while the latent key/value rank is on. */
export const MLA_COUNT_FIELDS: readonly { key: ModelCountKey; unit: string }[] = [
  { key: 'qkRopeHeadDim', unit: 'features' },
];

/** Linear attention's sizes, shown while the model has linear-attention layers. */
export const LINEAR_ATTENTION_FIELDS: readonly { key: ModelCountKey; unit: string }[] = [
  { key: 'linearKeyHeads', unit: 'heads' },
  { key: 'linearValueHeads', unit: 'heads' },
  { key: 'linearKeyHeadDim', unit: 'features' },
  { key: 'linearValueHeadDim', unit: 'features' },
  { key: 'linearConvKernel', unit: 'taps' },
];

export const MODEL_FLAG_FIELDS: readonly ModelFlagKey[] = [
  'tiedEmbeddings',
  'finalNorm',
  'mlpBias',
  'qkNorm',
  'sharedExpertGate',
  'routerBias',
  'attentionSinks',
  'attentionOutputGate',
];

export interface OptionalCountField {
  key: ModelOptionalKey;
  /** The checkbox that switches the count on. */
  toggle: string;
  unit: string;
  /** Where the count starts when switched on. */
  start: (model: ModelSpec) => number;
}

export const MODEL_OPTIONAL_FIELDS: readonly OptionalCountField[] = [
  {
    key: 'embeddingDim',
    toggle: 'Embeddings narrower than the hidden size',
    unit: 'features',
    start: (model) => model.hidden,
  },
  {
    key: 'vHeadDim',
    toggle: 'Values narrower or wider than the head dimension',
    unit: 'features',
    start: (model) => model.headDim,
  },
  {
    key: 'kvLoraRank',
    toggle: 'Multi-head latent attention (MLA)',
    unit: 'features',
    // DeepSeek-V2 and V3's rank.
    start: () => 512,
  },
  {
    key: 'qLoraRank',
    toggle: 'Compressed queries (MLA)',
    unit: 'features',
    start: () => 1536,
  },
  {
    key: 'slidingWindow',
    toggle: 'Sliding-window attention',
    unit: 'tokens',
    // Mistral's window, or the whole context when that is shorter.
    start: (model) => Math.min(4096, model.maxPositions),
  },
];

export const MLP_CHOICES: readonly Choice<MlpKind>[] = [
  { value: 'gated', label: 'Gated (SwiGLU, 3 matrices)' },
  { value: 'plain', label: 'Plain (GeLU, 2 matrices)' },
];

export const NORM_CHOICES: readonly Choice<NormKind>[] = [
  { value: 'rmsnorm', label: 'RMSNorm' },
  { value: 'layernorm', label: 'LayerNorm (with bias)' },
];

export const POSITION_CHOICES: readonly Choice<PositionKind>[] = [
  { value: 'rotary', label: 'Rotary (no weights)' },
  { value: 'learned', label: 'Learned table' },
];

export const LOCAL_ATTENTION_CHOICES: readonly Choice<LocalAttention>[] = [
  { value: 'sliding', label: 'Sliding window' },
  { value: 'chunked', label: 'Fixed chunks (Llama 4)' },
];

export const ATTENTION_BIAS_CHOICES: readonly Choice<AttentionBias>[] = [
  { value: 'none', label: 'None' },
  { value: 'qkv', label: 'Q, K and V' },
  { value: 'all', label: 'Q, K, V and output' },
];
