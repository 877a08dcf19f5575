import type { FieldIssue } from '../../domain/errors';

const SCENARIO_FIELDS: Readonly<Record<string, string>> = {
  model: 'Model',
  gpu: 'GPU',
  mode: 'Mode',
  dtype: 'Weight dtype',
  weightAccounting: 'Weight accounting',
  batch: 'Batch size',
  seqLen: 'Sequence length',
  generatedTokens: 'Generated tokens',
  optimizer: 'Optimizer',
  gradients: 'Gradient dtype',
  recompute: 'Activation recomputation',
  attention: 'Attention kernel',
  dropout: 'Dropout',
  finetuneMethod: 'Fine-tuning method',
  loraRank: 'LoRA rank',
  loraTargets: 'LoRA target projections',
  adapterDtype: 'Adapter dtype',
  kvDtype: 'KV-cache dtype',
  layout: 'Layout',
  zeroStage: 'ZeRO stage',
  tensorParallel: 'Tensor-parallel size',
  pipelineParallel: 'Pipeline stages',
  dataParallel: 'Data-parallel size',
  sequenceParallel: 'Sequence parallelism',
  overheadBytes: 'Runtime overhead per GPU',
  safetyMargin: 'Safety margin',
  utilization: 'Utilisation',
  trainingTokens: 'Training token budget',
  framework: 'Training framework',
  offloadOptimizer: 'Optimizer offload',
  offloadParams: 'Parameter offload',
  stateAccounting: 'Model-state accounting',
  activationConvention: 'Activation count',
  allocatorMargin: 'Allocator margin',
  contextParallel: 'Context-parallel size',
  expertParallel: 'Expert-parallel size',
  pagedOptimizer: 'Paged optimizer',
  fp8Training: 'FP8 training',
  wholeNodes: 'Whole nodes',
};

const MODEL_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  layers: 'layers',
  hidden: 'hidden size',
  heads: 'attention heads',
  kvHeads: 'key/value heads',
  headDim: 'head dimension',
  intermediate: 'MLP intermediate size',
  vocab: 'vocabulary size',
  mlp: 'MLP kind',
  norm: 'norm kind',
  normsPerLayer: 'norms per layer',
  positions: 'position encoding',
  maxPositions: 'context length',
  attentionBias: 'attention bias',
  experts: 'experts',
  expertsPerToken: 'experts per token',
  expertIntermediate: 'expert intermediate size',
  sharedExperts: 'shared experts',
  sharedExpertIntermediate: 'shared expert intermediate size',
  denseLayers: 'dense layers',
  slidingWindow: 'sliding window',
};

const GPU_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  memoryBytes: 'memory',
  labelGB: 'label size',
  bandwidthBytesPerSecond: 'memory bandwidth',
  peakFlops: 'peak FLOP/s',
  gpusPerNode: 'GPUs per node',
};

/** A scenario field path ("batch", "model.heads") as the label a person reads ("Batch size", "Model attention heads"). */
export function fieldLabel(field: string): string {
  const [head = '', rest] = field.split(/\.(.*)/s, 2);
  if (rest === undefined || rest === '') return SCENARIO_FIELDS[head] ?? field;
  const nested =
    head === 'model' ? MODEL_FIELDS[rest] : head === 'gpu' ? GPU_FIELDS[rest] : undefined;
  const parent = SCENARIO_FIELDS[head] ?? head;
  return `${parent} ${nested ?? rest}`;
}

/** "<field label>: <message>", the way every issue and warning is shown. */
export const describeIssue = (issue: FieldIssue): string =>
  `${fieldLabel(issue.field)}: ${issue.message}`;
