import { checkBoolean, checkNumberInRange, checkPositiveInteger, type FieldIssue } from '../errors';
import type { GpuSpec } from '../gpu';
import type { ModelSpec } from '../model';
import type { Scenario } from '../scenario';
import { ACTIVATION_CONVENTIONS } from './eager-activations';
import { FRAMEWORK_CHOICES, OFFLOAD_DEVICES } from './frameworks';
import { ALLOCATOR_MARGIN_RANGE } from './headroom';

function oneOf(issues: FieldIssue[], field: string, value: unknown, allowed: readonly unknown[]) {
  if (!allowed.includes(value))
    issues.push({
      field,
      message: `must be one of ${allowed.map(String).join(', ')}; got ${JSON.stringify(value)}`,
    });
}

/** Each training field on its own: its type and range, named by field. */
export function trainingFieldIssues(s: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  oneOf(issues, 'framework', s.framework, FRAMEWORK_CHOICES);
  oneOf(issues, 'offloadOptimizer', s.offloadOptimizer, OFFLOAD_DEVICES);
  oneOf(issues, 'offloadParams', s.offloadParams, OFFLOAD_DEVICES);
  oneOf(issues, 'stateAccounting', s.stateAccounting, ['framework', 'deepspeed']);
  oneOf(issues, 'activationConvention', s.activationConvention, ACTIVATION_CONVENTIONS);
  checkNumberInRange(issues, 'allocatorMargin', s.allocatorMargin, ALLOCATOR_MARGIN_RANGE);
  checkPositiveInteger(issues, 'contextParallel', s.contextParallel, { max: 1024 });
  checkPositiveInteger(issues, 'expertParallel', s.expertParallel, { max: 1024 });
  for (const field of ['pagedOptimizer', 'fp8Training', 'wholeNodes'] as const)
    checkBoolean(issues, field, s[field]);
  return issues;
}

/**
 * What a training plan needs of the model and GPU: FP8 tensor cores for FP8 training, 16-bit
 * weights beside the FP8 copies, and manual context and expert splits that divide what they split.
 */
export function trainingPlanIssues(s: Scenario, model: ModelSpec, gpu: GpuSpec): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (s.mode === 'inference') return issues;
  const trainsAll = s.mode === 'training' || s.finetuneMethod === 'full';
  if (s.fp8Training && trainsAll) {
    if (!(gpu.fp8Flops > 0))
      issues.push({
        field: 'fp8Training',
        message: `the ${gpu.name} has no FP8 tensor cores; FP8 training needs Ada, Hopper, MI300 or newer`,
      });
    else if (s.dtype !== 'bf16' && s.dtype !== 'fp16')
      issues.push({
        field: 'fp8Training',
        message: `FP8 training keeps bf16 or fp16 weights beside the FP8 copies; the weights are ${s.dtype}`,
      });
  }
  if (s.layout !== 'manual') return issues;
  if (s.contextParallel > 1 && s.seqLen % s.contextParallel !== 0)
    issues.push({
      field: 'contextParallel',
      message: `(${s.contextParallel}) must divide the sequence length (${s.seqLen})`,
    });
  if (s.expertParallel > 1) {
    if (model.experts <= 1)
      issues.push({ field: 'expertParallel', message: 'applies only to a mixture of experts' });
    else if (model.experts % s.expertParallel !== 0)
      issues.push({
        field: 'expertParallel',
        message: `(${s.expertParallel}) must divide the experts (${model.experts})`,
      });
    else if ((s.dataParallel * s.contextParallel) % s.expertParallel !== 0)
      issues.push({
        field: 'expertParallel',
        message: `(${s.expertParallel}) must divide the data-parallel × context-parallel GPUs (${s.dataParallel * s.contextParallel})`,
      });
  }
  return issues;
}
