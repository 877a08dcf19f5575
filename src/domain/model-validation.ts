import { checkBoolean, checkPositiveInteger, type FieldIssue } from './errors';
import type { ModelSpec } from './model';

const MAX_DIMENSION = 10_000_000;

const LINEAR_ATTENTION_SIZES = [
  'linearAttentionLayers',
  'linearKeyHeads',
  'linearValueHeads',
  'linearKeyHeadDim',
  'linearValueHeadDim',
  'linearConvKernel',
] as const;

/** The checks of MLA, linear attention and the MoE layer step, once every field is a valid number. */
function architectureIssues(model: ModelSpec, f: (name: string) => string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (model.kvLoraRank !== null && model.qkRopeHeadDim >= model.headDim) {
    issues.push({
      field: f('qkRopeHeadDim'),
      message: `(${model.qkRopeHeadDim}) must be smaller than the head dimension (${model.headDim}), which includes it`,
    });
  }
  if (model.linearAttentionLayers > model.layers) {
    issues.push({
      field: f('linearAttentionLayers'),
      message: `(${model.linearAttentionLayers}) cannot exceed the layers (${model.layers})`,
    });
  } else if (model.linearAttentionLayers > 0) {
    for (const key of LINEAR_ATTENTION_SIZES.slice(1)) {
      if (model[key] === 0)
        issues.push({
          field: f(key),
          message: 'must be at least 1 when the model has linear-attention layers',
        });
    }
  }
  if (
    model.slidingWindow !== null &&
    model.fullAttentionLayers + model.linearAttentionLayers > model.layers
  ) {
    issues.push({
      field: f('fullAttentionLayers'),
      message: `with the ${model.linearAttentionLayers} linear-attention layers, cannot exceed the layers (${model.layers})`,
    });
  }
  return issues;
}

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
  attentionSinks: true,
  attentionOutputGate: true,
  routerBias: true,
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
  for (const key of ['vHeadDim', 'kvLoraRank', 'qLoraRank'] as const) {
    if (model[key] !== null)
      checkPositiveInteger(issues, f(key), model[key], { max: MAX_DIMENSION });
  }
  checkPositiveInteger(issues, f('qkRopeHeadDim'), model.qkRopeHeadDim, {
    allowZero: true,
    max: MAX_DIMENSION,
  });
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
  checkPositiveInteger(issues, f('moeLayerStep'), model.moeLayerStep, { max: 100_000 });
  checkPositiveInteger(issues, f('mtpLayers'), model.mtpLayers, { allowZero: true, max: 100 });
  checkPositiveInteger(issues, f('visionParams'), model.visionParams, {
    allowZero: true,
    max: 1e13,
  });
  if (model.slidingWindow !== null) {
    checkPositiveInteger(issues, f('slidingWindow'), model.slidingWindow, { max: 1e9 });
  }
  if (!['sliding', 'chunked'].includes(model.localAttention)) {
    issues.push({ field: f('localAttention'), message: 'must be "sliding" or "chunked"' });
  }
  for (const key of LINEAR_ATTENTION_SIZES) {
    checkPositiveInteger(issues, f(key), model[key], { allowZero: true, max: MAX_DIMENSION });
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
  issues.push(...architectureIssues(model, f));
  return issues;
}
