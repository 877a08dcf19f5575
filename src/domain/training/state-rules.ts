import { BYTES_PER_ELEMENT } from '../dtypes';
import type { ModelSpec } from '../model';
import { trainsAllWeights, type ModelStateTotals } from '../model-state-totals';
import type { ParameterBreakdown } from '../parameters';
import type { ResolvedScenario } from '../scenario';
import { groupParams } from '../tensor-group';
import { modelTensors } from '../tensors';
import { FRAMEWORK_RULES, type Framework } from './frameworks';

/**
 * DeepSpeed's default reduce bucket: "reduce_bucket_size: Number of elements reduced/allreduced at
 * a time. Limits the memory required for the allgather for large model sizes", default 5e8
 * (DeepSpeed configuration JSON; deepspeed/runtime/zero/config.py).
 */
export const DEEPSPEED_REDUCE_BUCKET_ELEMENTS = 5e8;

const expertShares = new WeakMap<ModelSpec, number>();

/** The routed experts' share of the model's parameters: what expert parallelism splits. */
export function expertShare(m: ModelSpec): number {
  let share = expertShares.get(m);
  if (share === undefined) {
    const groups = modelTensors(m);
    const all = groups.reduce((sum, g) => sum + groupParams(g), 0);
    const experts = groups
      .filter((g) => g.role.startsWith('expert-'))
      .reduce((sum, g) => sum + groupParams(g), 0);
    share = all > 0 ? experts / all : 0;
    expertShares.set(m, share);
  }
  return share;
}

/** Whether DeepSpeed's estimator convention replaces ours: full training under ZeRO-2 or ZeRO-3. */
export function deepSpeedAccountingApplies(s: ResolvedScenario, framework: Framework): boolean {
  return (
    s.stateAccounting === 'deepspeed' &&
    (framework === 'zero2' || framework === 'zero3') &&
    trainsAllWeights(s)
  );
}

/**
 * Megatron-LM's main gradients: fp32 for bf16 and fp32 weights, the weights' own type for fp16
 * ("bf16 parameters, fp32 gradients: 18 / 6 + 12/d"; "fp16 parameters, fp16 gradients: 20 / 4 +
 * 16/d"; "fp32 parameters, fp32 gradients: 16 / 8 + 8/d"; docs/user-guide/features/dist_optimizer.md).
 */
export function megatronGradientBytes(dtype: ResolvedScenario['dtype']): number {
  return dtype === 'fp16' ? 2 : 4;
}

/** The model states one framework keeps before any split (docs/method.md §12, §15). */
export interface FrameworkStates {
  weights: number;
  gradients: number;
  optimizer: number;
  trainableParams: number;
}

/**
 * The unsharded states by the framework's rules. DDP, FSDP and DeepSpeed keep what the scenario
 * sets (docs/method.md §3). Megatron-LM keeps fp32 main gradients and, for fp16, an fp32 copy of
 * them in the optimizer (the table above). DeepSpeed's estimator counts 2 bytes of 16-bit weights,
 * 12 of fp32 master and Adam, and gradients of 2 + 4 (ZeRO-2) or 4 (ZeRO-3, whose 16-bit gradients
 * are the gathered layer's) whatever the optimizer.
 */
export function frameworkStates(
  ctx: { scenario: ResolvedScenario; states: ModelStateTotals; params: ParameterBreakdown },
  framework: Framework,
): FrameworkStates {
  const { scenario: s, states } = ctx;
  const trainable = states.trainableParams;
  if (deepSpeedAccountingApplies(s, framework)) {
    const total = ctx.params.total;
    return {
      weights: 2 * total,
      gradients: (framework === 'zero2' ? 6 : 4) * total,
      optimizer: 12 * total,
      trainableParams: total,
    };
  }
  if (framework === 'megatron' && trainsAllWeights(s)) {
    const fp16Copy = s.dtype === 'fp16' ? 4 * trainable : 0;
    return {
      weights: states.weights,
      gradients: trainable * megatronGradientBytes(s.dtype),
      optimizer: states.optimizer + fp16Copy,
      trainableParams: trainable,
    };
  }
  return { ...states, trainableParams: trainable };
}

/**
 * Bytes per trained parameter of the optimizer step's temporaries in PyTorch's default (foreach)
 * Adam and AdamW: `exp_avg_sq_sqrt = torch._foreach_sqrt(device_exp_avg_sqs)` makes one copy of the
 * second moment, in fp32, for every parameter of the group at once (torch/optim/adam.py,
 * _multi_tensor_adam). bitsandbytes' 8-bit Adam, SGD and Adafactor update in place or per tensor.
 * Megatron-LM and DeepSpeed use fused Adam kernels; DeepSpeed's own step temporary is its fp32
 * gradient partition, counted apart.
 */
export function stepTemporaryBytesPerParam(s: ResolvedScenario, framework: Framework): number {
  if (FRAMEWORK_RULES[framework].deepSpeed || framework === 'megatron') return 0;
  if (s.optimizer !== 'adam' && s.optimizer !== 'adamw') return 0;
  return BYTES_PER_ELEMENT.fp32;
}

/**
 * Whether the optimizer state pages to CPU memory: bitsandbytes' paged optimizers (PagedAdamW,
 * PagedAdamW8bit), run by a PyTorch training loop. "Paged optimizers works like regular CPU
 * paging, which means that it only becomes active if you run out of GPU memory" (bitsandbytes docs).
 */
export function pagesOptimizer(s: ResolvedScenario, framework: Framework): boolean {
  const pagedKinds: readonly string[] = ['adam', 'adamw', 'adam-8bit'];
  return (
    s.pagedOptimizer &&
    pagedKinds.includes(s.optimizer) &&
    !FRAMEWORK_RULES[framework].deepSpeed &&
    !FRAMEWORK_RULES[framework].modelParallel
  );
}

/**
 * The share of the parameters on the busiest pipeline stage: its layers and the embedding (the
 * first stage) or the output layer (the last), "(tp_sharded_in_block / pp + embedding_size) / tp"
 * in Megatron-LM's theoretical_memory_usage.py. Tied embeddings are copied to the last stage too.
 */
export function busiestStageShare(params: ParameterBreakdown, pipelineParallel: number): number {
  if (pipelineParallel === 1 || params.total === 0) return 1;
  const first = params.embeddings + params.positions;
  const last = params.head > 0 ? params.head : params.embeddings;
  const blocks = params.total - first - params.head;
  return Math.min(1, (blocks / pipelineParallel + Math.max(first, last)) / params.total);
}

/** FP8 training applies where every weight is trained: pre-training and full fine-tuning (docs/method.md §16). */
export const usesFp8 = (s: ResolvedScenario): boolean => s.fp8Training && trainsAllWeights(s);

/** The throughput training runs at: the FP8 rate under FP8 training on a GPU that has it, else 16-bit. */
export const trainingPeakFlops = (s: ResolvedScenario): number =>
  usesFp8(s) && s.gpu.fp8Flops > 0 ? s.gpu.fp8Flops : s.gpu.peakFlops;
