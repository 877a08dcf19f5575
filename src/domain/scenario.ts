import { DTYPES, type Dtype, type WeightAccounting } from './dtypes';
import {
  checkBoolean,
  checkNonNegativeNumber,
  checkNumberInRange,
  checkPositiveInteger,
  ScenarioError,
  type FieldIssue,
  type NumberRange,
} from './errors';
import { validateGpu, type GpuSpec } from './gpu';
import { LORA_TARGETS, type LoraTarget } from './linear-shapes';
import type { AttentionKind, Recompute } from './memory/activations';
import {
  OPTIMIZERS,
  type GradientDtype,
  type Optimizer,
  type ZeroStage,
} from './memory/model-states';
import { validateModel, type ModelSpec } from './model';
import { DEFAULT_GPU_PRESET_ID, findGpuPreset } from './presets/gpus';
import { DEFAULT_MODEL_PRESET_ID, findModelPreset } from './presets/models';
import { gibToBytes } from './units';

export const MODES = ['training', 'finetune', 'inference'] as const;
export type Mode = (typeof MODES)[number];
export const FINETUNE_METHODS = ['full', 'lora', 'qlora'] as const;
export type FinetuneMethod = (typeof FINETUNE_METHODS)[number];
export type KvDtype = Dtype | 'auto';
export type LayoutChoice = 'auto' | 'manual';

/**
 * Everything the engine needs for one estimate: a plain JSON-serialisable object, the same one the
 * store holds and the share link encodes. `model` and `gpu` are preset ids or full specs.
 */
export interface Scenario {
  model: string | ModelSpec;
  gpu: string | GpuSpec;
  mode: Mode;
  /** Training: weight and compute dtype. Inference: weight dtype. Fine-tuning: the base weights' dtype. */
  dtype: Dtype;
  weightAccounting: WeightAccounting;
  /** Sequences per micro-batch on each model replica (training) or concurrent sequences (inference). */
  batch: number;
  /** Tokens per training sequence, or prompt tokens for inference. */
  seqLen: number;
  /** Inference: tokens generated after the prompt, also held in the KV cache. */
  generatedTokens: number;
  optimizer: Optimizer;
  gradients: GradientDtype;
  recompute: Recompute;
  attention: AttentionKind;
  dropout: boolean;
  finetuneMethod: FinetuneMethod;
  loraRank: number;
  loraTargets: LoraTarget[];
  /** LoRA adapters' weights (and their gradients and optimizer master copy when 16-bit). */
  adapterDtype: 'bf16' | 'fp32';
  /** KV-cache element type; auto follows the weights for 16/32-bit and is bf16 for quantized weights. */
  kvDtype: KvDtype;
  /** auto: find the smallest layout that fits; manual: use the sizes below as given. */
  layout: LayoutChoice;
  zeroStage: ZeroStage;
  tensorParallel: number;
  pipelineParallel: number;
  dataParallel: number;
  sequenceParallel: boolean;
  /** CUDA context and allocator reserve per GPU, in bytes (formulas.md §5). */
  overheadBytes: number;
  /** Fraction of each GPU's memory kept free as headroom, 0 to 0.9. */
  safetyMargin: number;
  /** Share of peak FLOP/s a real run reaches, for time estimates (0.4 by default). */
  utilization: number;
  /**
   * Training and fine-tuning: the tokens the whole run processes, for its total time and GPU-hours.
   * The default, 1T, is the scale of a modern pre-training run (Llama 2 used 2T); fine-tuning runs
   * are usually millions to a few billion.
   */
  trainingTokens: number;
}

export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  model: DEFAULT_MODEL_PRESET_ID,
  gpu: DEFAULT_GPU_PRESET_ID,
  mode: 'training',
  dtype: 'bf16',
  weightAccounting: 'realistic',
  batch: 1,
  seqLen: 2048,
  generatedTokens: 256,
  optimizer: 'adamw',
  gradients: 'same',
  recompute: 'none',
  attention: 'fused',
  dropout: false,
  finetuneMethod: 'lora',
  loraRank: 16,
  loraTargets: ['q', 'k', 'v', 'o'],
  adapterDtype: 'bf16',
  kvDtype: 'auto',
  layout: 'auto',
  zeroStage: 0,
  tensorParallel: 1,
  pipelineParallel: 1,
  dataParallel: 1,
  sequenceParallel: false,
  overheadBytes: gibToBytes(1),
  safetyMargin: 0,
  utilization: 0.4,
  trainingTokens: 1e12,
} satisfies Scenario);

/** A scenario with its model and GPU resolved to specs. */
export interface ResolvedScenario extends Omit<Scenario, 'model' | 'gpu'> {
  model: ModelSpec;
  gpu: GpuSpec;
  modelPresetId: string | null;
  gpuPresetId: string | null;
}

export const TRAINING_DTYPES: readonly Dtype[] = ['fp32', 'bf16', 'fp16'];
export const MAX_BATCH = 1_000_000;
export const MAX_SEQ_LEN = 100_000_000;
/** 10^15 tokens: far beyond any run so far, and every whole number up to it is exact in a double. */
export const MAX_TRAINING_TOKENS = 1e15;

/**
 * The engine's limits on the continuous settings, in the units the scenario stores (bytes,
 * fractions). The boxes that show these in GB, GiB or % restate them in their own units.
 */
export const SCENARIO_RANGES = {
  overheadBytes: { min: 0, max: 1e15 },
  safetyMargin: { min: 0, max: 0.9 },
  utilization: { min: 0.01, max: 1 },
} as const satisfies Partial<Record<keyof Scenario, NumberRange>>;

function oneOf<T>(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  allowed: readonly T[],
): void {
  if (!allowed.includes(value as T)) {
    issues.push({
      field,
      message: `must be one of ${allowed.map(String).join(', ')}; got ${JSON.stringify(value)}`,
    });
  }
}

/** Every reason a scenario cannot be estimated; an empty list means `resolveScenario` will succeed. */
export function validateScenario(s: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof s.model === 'string') {
    if (!findModelPreset(s.model))
      issues.push({ field: 'model', message: `unknown model preset "${s.model}"` });
  } else if (typeof s.model === 'object' && s.model !== null) {
    issues.push(...validateModel(s.model));
  } else {
    issues.push({ field: 'model', message: 'must be a preset id or an architecture' });
  }
  if (typeof s.gpu === 'string') {
    if (!findGpuPreset(s.gpu))
      issues.push({ field: 'gpu', message: `unknown GPU preset "${s.gpu}"` });
  } else if (typeof s.gpu === 'object' && s.gpu !== null) {
    issues.push(...validateGpu(s.gpu));
  } else {
    issues.push({ field: 'gpu', message: 'must be a preset id or a GPU spec' });
  }
  oneOf(issues, 'mode', s.mode, MODES);
  oneOf(issues, 'dtype', s.dtype, DTYPES);
  oneOf(issues, 'weightAccounting', s.weightAccounting, ['naive', 'realistic']);
  checkPositiveInteger(issues, 'batch', s.batch, { max: MAX_BATCH });
  checkPositiveInteger(issues, 'seqLen', s.seqLen, { max: MAX_SEQ_LEN });
  checkPositiveInteger(issues, 'generatedTokens', s.generatedTokens, {
    allowZero: true,
    max: MAX_SEQ_LEN,
  });
  oneOf(issues, 'optimizer', s.optimizer, OPTIMIZERS);
  oneOf(issues, 'gradients', s.gradients, ['same', 'fp32']);
  oneOf(issues, 'recompute', s.recompute, ['none', 'selective', 'full']);
  oneOf(issues, 'attention', s.attention, ['eager', 'fused']);
  checkBoolean(issues, 'dropout', s.dropout);
  oneOf(issues, 'finetuneMethod', s.finetuneMethod, FINETUNE_METHODS);
  checkPositiveInteger(issues, 'loraRank', s.loraRank, { max: 65_536 });
  if (!Array.isArray(s.loraTargets)) {
    issues.push({ field: 'loraTargets', message: 'must be a list of projections' });
  } else {
    for (const target of s.loraTargets) oneOf(issues, 'loraTargets', target, LORA_TARGETS);
  }
  oneOf(issues, 'adapterDtype', s.adapterDtype, ['bf16', 'fp32']);
  oneOf(issues, 'kvDtype', s.kvDtype, [...DTYPES, 'auto']);
  oneOf(issues, 'layout', s.layout, ['auto', 'manual']);
  oneOf(issues, 'zeroStage', s.zeroStage, [0, 1, 2, 3]);
  checkPositiveInteger(issues, 'tensorParallel', s.tensorParallel, { max: 1024 });
  checkPositiveInteger(issues, 'pipelineParallel', s.pipelineParallel, { max: 100_000 });
  checkPositiveInteger(issues, 'dataParallel', s.dataParallel, { max: 1_000_000 });
  checkBoolean(issues, 'sequenceParallel', s.sequenceParallel);
  // The overhead's minimum, 0, is the non-negative check's; its message says so in words.
  checkNonNegativeNumber(
    issues,
    'overheadBytes',
    s.overheadBytes,
    SCENARIO_RANGES.overheadBytes.max,
  );
  checkNumberInRange(issues, 'safetyMargin', s.safetyMargin, SCENARIO_RANGES.safetyMargin);
  checkNumberInRange(issues, 'utilization', s.utilization, SCENARIO_RANGES.utilization);
  checkPositiveInteger(issues, 'trainingTokens', s.trainingTokens, { max: MAX_TRAINING_TOKENS });
  if (issues.length > 0) return issues;

  const trainsWeights =
    s.mode === 'training' || (s.mode === 'finetune' && s.finetuneMethod === 'full');
  if (trainsWeights && !TRAINING_DTYPES.includes(s.dtype)) {
    issues.push({
      field: 'dtype',
      message: `${s.dtype} weights cannot be trained directly; train in fp32, bf16 or fp16 (8- and 4-bit are base-weight options for LoRA and QLoRA fine-tuning)`,
    });
  }
  if (s.mode === 'finetune' && s.finetuneMethod !== 'full' && s.loraTargets.length === 0) {
    issues.push({ field: 'loraTargets', message: 'choose at least one projection to adapt' });
  }
  const model = typeof s.model === 'string' ? findModelPreset(s.model)?.model : s.model;
  const gpu = typeof s.gpu === 'string' ? findGpuPreset(s.gpu)?.gpu : s.gpu;
  if (model && s.layout === 'manual') {
    if (model.heads % s.tensorParallel !== 0) {
      issues.push({
        field: 'tensorParallel',
        message: `(${s.tensorParallel}) must divide the attention heads (${model.heads})`,
      });
    }
    if (s.pipelineParallel > model.layers) {
      issues.push({
        field: 'pipelineParallel',
        message: `(${s.pipelineParallel}) cannot exceed the layers (${model.layers})`,
      });
    }
    if (gpu && s.tensorParallel > gpu.gpusPerNode) {
      issues.push({
        field: 'tensorParallel',
        message: `(${s.tensorParallel}) must stay within one node of ${gpu.gpusPerNode} GPUs`,
      });
    }
  }
  return issues;
}

/** Resolves preset ids to specs; throws a ScenarioError naming each bad field. */
export function resolveScenario(s: Scenario): ResolvedScenario {
  const issues = validateScenario(s);
  if (issues.length > 0) throw new ScenarioError(issues);
  const modelPreset = typeof s.model === 'string' ? findModelPreset(s.model) : undefined;
  const gpuPreset = typeof s.gpu === 'string' ? findGpuPreset(s.gpu) : undefined;
  return {
    ...s,
    model: modelPreset ? modelPreset.model : (s.model as ModelSpec),
    gpu: gpuPreset ? gpuPreset.gpu : (s.gpu as GpuSpec),
    modelPresetId: modelPreset ? modelPreset.id : null,
    gpuPresetId: gpuPreset ? gpuPreset.id : null,
  };
}

/** Non-fatal remarks about a valid scenario, each naming its field. */
export function scenarioWarnings(s: ResolvedScenario): FieldIssue[] {
  const warnings: FieldIssue[] = [];
  const tokens = s.mode === 'inference' ? s.seqLen + s.generatedTokens : s.seqLen;
  if (tokens > s.model.maxPositions) {
    warnings.push({
      field: 'seqLen',
      message: `${tokens} tokens is longer than the ${s.model.maxPositions} positions ${s.model.name} was trained for`,
    });
  }
  return warnings;
}
