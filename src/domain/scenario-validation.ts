import { FORMAT_IDS, weightFormat } from './formats/catalogue';
import {
  checkBoolean,
  checkNonNegativeNumber,
  checkNumberInRange,
  checkPositiveInteger,
  ScenarioError,
  type FieldIssue,
} from './errors';
import { validateGpu, type GpuSpec } from './gpu';
import { LORA_TARGETS } from './linear-shapes';
import { OPTIMIZERS } from './memory/model-states';
import { type ModelSpec } from './model';
import { findGpuPreset } from './presets/gpus';
import { findModelPreset } from './presets/models';
import {
  FINETUNE_METHODS,
  KV_DTYPES,
  MAX_BATCH,
  MAX_SEQ_LEN,
  MAX_TRAINING_TOKENS,
  MODES,
  SCENARIO_RANGES,
  TRAINING_DTYPES,
  type ResolvedScenario,
  type Scenario,
} from './scenario';
import { validateModel } from './model-validation';
import { validateServing, validateServingCombination } from './serving/serving-settings';
import { trainingFieldIssues, trainingPlanIssues } from './training/validation';

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
  oneOf(issues, 'dtype', s.dtype, FORMAT_IDS);
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
  oneOf(issues, 'kvDtype', s.kvDtype, KV_DTYPES);
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
  issues.push(...validateServing(s));
  issues.push(...trainingFieldIssues(s));
  if (issues.length > 0) return issues;

  const trainsWeights =
    s.mode === 'training' || (s.mode === 'finetune' && s.finetuneMethod === 'full');
  if (trainsWeights && !TRAINING_DTYPES.includes(s.dtype)) {
    issues.push({
      field: 'dtype',
      message: `${weightFormat(s.dtype).label} weights cannot be trained directly; train in fp32, bf16 or fp16 (quantized formats are frozen bases for LoRA and QLoRA fine-tuning)`,
    });
  }
  if (s.mode === 'finetune' && s.finetuneMethod !== 'full' && s.loraTargets.length === 0) {
    issues.push({ field: 'loraTargets', message: 'choose at least one projection to adapt' });
  }
  const model = typeof s.model === 'string' ? findModelPreset(s.model)?.model : s.model;
  const gpu = typeof s.gpu === 'string' ? findGpuPreset(s.gpu)?.gpu : s.gpu;
  if (model && gpu) issues.push(...trainingPlanIssues(s, model, gpu));
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
  issues.push(...validateServingCombination(s));
  return issues;
}

/** Resolves preset ids to specs; throws a ScenarioError naming each bad field. */
export function resolveScenario(s: Scenario): ResolvedScenario {
  const issues = validateScenario(s);
  if (issues.length > 0) throw new ScenarioError(issues);
  return resolveValidScenario(s);
}

/** Resolves preset ids to specs for a scenario `validateScenario` has already passed. */
export function resolveValidScenario(s: Scenario): ResolvedScenario {
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
  const bf16 = bf16Warning(s);
  if (bf16) warnings.push(bf16);
  return warnings;
}

/**
 * bf16 weights on a chip without bf16: vLLM's `--dtype auto` falls back to float16 and an explicit
 * `--dtype bfloat16` stops with "Bfloat16 is only supported on GPUs with compute capability of at
 * least 8.0" (vllm/config `_resolve_auto_dtype`, worker `_check_if_gpu_supports_dtype`); PyTorch
 * training emulates bf16 far below the chip's fp16 rate. fp16 holds the same bytes.
 */
function bf16Warning(s: ResolvedScenario): FieldIssue | null {
  if (s.dtype !== 'bf16' || s.gpu.bf16) return null;
  const consequence =
    s.mode === 'inference'
      ? 'vLLM loads bf16 weights as float16 with --dtype auto and refuses --dtype bfloat16'
      : 'PyTorch emulates bf16 there far below the fp16 rate, so train in fp16 with loss scaling';
  return {
    field: 'dtype',
    message: `the ${s.gpu.name} has no bf16 (NVIDIA needs compute capability 8.0 or newer): ${consequence}; choose fp16`,
  };
}
