import type { ModelSpec } from '../../domain/model';
import { nonEmptyName, specField, type CustomSpecCodec } from './custom-spec';
import { flag, formatFlag, formatUrlNumber, oneOf, wholeNumber, type UrlValue } from './url-values';

const text = (value: string): string => value;
const model = <P extends keyof ModelSpec>(
  prop: P,
  label: string,
  schema: UrlValue<ModelSpec[P]>,
  format: (value: ModelSpec[P]) => string,
) => specField<ModelSpec, P>(prop, label, schema, format);

/**
 * A custom architecture in the link: `m.name=My%20model&m.layers=40&...`, each key a ModelSpec
 * field. The limits are the engine's per-field checks (validateModel), so every architecture the
 * engine accepts field by field comes back unchanged.
 */
export const CUSTOM_MODEL_CODEC: CustomSpecCodec<
  ModelSpec,
  'name' | 'layers' | 'hidden' | 'heads' | 'intermediate' | 'vocab'
> = {
  prefix: 'm.',
  label: 'Custom model',
  required: ['name', 'layers', 'hidden', 'heads', 'intermediate', 'vocab'],
  fallback: {
    name: 'Custom model',
    layers: 32,
    hidden: 4096,
    heads: 32,
    intermediate: 11008,
    vocab: 32000,
  },
  // Spelled out rather than taken from defineModel: what a version-1 link leaves out must keep
  // meaning the same values even if the engine's defaults change.
  defaults: (m) => ({
    ...m,
    kvHeads: m.heads,
    // Hugging Face's default: hidden_size // num_attention_heads.
    headDim: Math.floor(m.hidden / m.heads),
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
    expertIntermediate: m.intermediate,
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
  }),
  fields: [
    model('name', 'name', nonEmptyName, text),
    model('layers', 'layers', wholeNumber(1, 100_000), formatUrlNumber),
    model('hidden', 'hidden size', wholeNumber(1, 10_000_000), formatUrlNumber),
    model('heads', 'attention heads', wholeNumber(1, 100_000), formatUrlNumber),
    model('kvHeads', 'key/value heads', wholeNumber(1, 100_000), formatUrlNumber),
    model('headDim', 'head dimension', wholeNumber(1, 10_000_000), formatUrlNumber),
    // The nullable sizes below are off (null) by default and are never written as off.
    model('vHeadDim', 'value head dimension', wholeNumber(1, 10_000_000), (d) =>
      formatUrlNumber(d ?? 0),
    ),
    model('kvLoraRank', 'latent key/value rank (MLA)', wholeNumber(1, 10_000_000), (rank) =>
      formatUrlNumber(rank ?? 0),
    ),
    model('qLoraRank', 'latent query rank (MLA)', wholeNumber(1, 10_000_000), (rank) =>
      formatUrlNumber(rank ?? 0),
    ),
    model(
      'qkRopeHeadDim',
      'rotary head dimension (MLA)',
      wholeNumber(0, 10_000_000),
      formatUrlNumber,
    ),
    model('attentionSinks', 'attention sinks', flag, formatFlag),
    model('attentionOutputGate', 'attention output gate', flag, formatFlag),
    model('intermediate', 'MLP intermediate size', wholeNumber(1, 10_000_000), formatUrlNumber),
    model('vocab', 'vocabulary size', wholeNumber(1, 100_000_000), formatUrlNumber),
    model('mlp', 'MLP kind', oneOf(['gated', 'plain']), text),
    model('norm', 'norm kind', oneOf(['rmsnorm', 'layernorm']), text),
    model('normsPerLayer', 'norms per layer', wholeNumber(0, 16), formatUrlNumber),
    model('qkNorm', 'query/key norm', flag, formatFlag),
    model('positions', 'position encoding', oneOf(['rotary', 'learned']), text),
    model('maxPositions', 'maximum positions', wholeNumber(1, 1e9), formatUrlNumber),
    model('positionOffset', 'extra position rows', wholeNumber(0, 1_000), formatUrlNumber),
    model('tiedEmbeddings', 'tied embeddings', flag, formatFlag),
    // Embeddings as wide as the hidden size (null) is the default and is never written.
    model('embeddingDim', 'embedding width', wholeNumber(1, 10_000_000), (width) =>
      formatUrlNumber(width ?? 0),
    ),
    model('finalNorm', 'final norm', flag, formatFlag),
    model('attentionBias', 'attention bias', oneOf(['none', 'qkv', 'all']), text),
    model('mlpBias', 'MLP bias', flag, formatFlag),
    model('experts', 'experts', wholeNumber(1, 100_000), formatUrlNumber),
    model('expertsPerToken', 'experts per token', wholeNumber(1, 100_000), formatUrlNumber),
    model('expertIntermediate', 'expert MLP size', wholeNumber(1, 10_000_000), formatUrlNumber),
    model('sharedExperts', 'shared experts', wholeNumber(0, 1_000), formatUrlNumber),
    model(
      'sharedExpertIntermediate',
      'shared expert MLP size',
      wholeNumber(0, 10_000_000),
      formatUrlNumber,
    ),
    model('sharedExpertGate', 'shared expert gate', flag, formatFlag),
    model('denseLayers', 'dense layers', wholeNumber(0, 100_000), formatUrlNumber),
    model('moeLayerStep', 'MoE layer step', wholeNumber(1, 100_000), formatUrlNumber),
    model('routerBias', 'router bias', flag, formatFlag),
    model('mtpLayers', 'multi-token-prediction layers', wholeNumber(0, 100), formatUrlNumber),
    model('visionParams', 'vision encoder parameters', wholeNumber(0, 1e13), formatUrlNumber),
    // Full attention (null) is the default and is never written.
    model('slidingWindow', 'sliding window', wholeNumber(1, 1e9), (window) =>
      formatUrlNumber(window ?? 0),
    ),
    model('localAttention', 'local attention kind', oneOf(['sliding', 'chunked']), text),
    model('fullAttentionLayers', 'full-attention layers', wholeNumber(0, 100_000), formatUrlNumber),
    model(
      'linearAttentionLayers',
      'linear-attention layers',
      wholeNumber(0, 100_000),
      formatUrlNumber,
    ),
    model('linearKeyHeads', 'linear-attention key heads', wholeNumber(0, 100_000), formatUrlNumber),
    model(
      'linearValueHeads',
      'linear-attention value heads',
      wholeNumber(0, 100_000),
      formatUrlNumber,
    ),
    model(
      'linearKeyHeadDim',
      'linear-attention key head dimension',
      wholeNumber(0, 10_000_000),
      formatUrlNumber,
    ),
    model(
      'linearValueHeadDim',
      'linear-attention value head dimension',
      wholeNumber(0, 10_000_000),
      formatUrlNumber,
    ),
    model(
      'linearConvKernel',
      'linear-attention convolution width',
      wholeNumber(0, 1_000),
      formatUrlNumber,
    ),
  ],
};
