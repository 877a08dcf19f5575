import type { ZeroStage } from '../memory/model-states';

/**
 * The ways frameworks lay a training run over GPUs (docs/method.md §12). Each names the setting
 * that gives it: PyTorch DDP, FSDP's sharding strategies, DeepSpeed's ZeRO stages and Megatron-LM's
 * tensor × pipeline parallelism with the distributed optimizer.
 */
export const FRAMEWORKS = [
  'ddp',
  'zero1',
  'zero2',
  'fsdp-grad-op',
  'zero3',
  'fsdp',
  'fsdp-hybrid',
  'megatron',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];
/** The scenario's choice: one framework, or `auto` to search them all. */
export type FrameworkChoice = 'auto' | Framework;
export const FRAMEWORK_CHOICES = [
  'auto',
  ...FRAMEWORKS,
] as const satisfies readonly FrameworkChoice[];

export const OFFLOAD_DEVICES = ['none', 'cpu', 'nvme'] as const;
export type OffloadDevice = (typeof OFFLOAD_DEVICES)[number];

/** What a framework shards over its data-parallel group and what it can do besides. */
export interface FrameworkRules {
  /** The short name the headline uses: "FSDP full shard". */
  label: string;
  /** The setting that gives it, as its users write it. */
  setting: string;
  /** Which model states are sharded over the data-parallel group, in ZeRO's terms. */
  zeroStage: ZeroStage;
  /** Shards only within one node and replicates across nodes (FSDP HYBRID_SHARD). */
  shardsWithinNode: boolean;
  /** The framework does the step with DeepSpeed's fp32 gradient partition and buckets. */
  deepSpeed: boolean;
  /** Tensor and pipeline parallelism are part of the plan (Megatron-LM). */
  modelParallel: boolean;
  /** Context parallelism over the sequence (torchtitan's FSDP + CP, Megatron's --context-parallel-size). */
  contextParallel: boolean;
  /** Where the optimizer state can be offloaded; FSDP offloads parameters, gradients and optimizer together. */
  optimizerOffload: readonly OffloadDevice[];
  paramOffload: readonly OffloadDevice[];
  /** Order among equally sized plans: the HF DeepSpeed guide's speed order, PyTorch before DeepSpeed. */
  speedRank: number;
}

const NONE: readonly OffloadDevice[] = ['none'];
const CPU: readonly OffloadDevice[] = ['none', 'cpu'];
const CPU_NVME: readonly OffloadDevice[] = ['none', 'cpu', 'nvme'];

/**
 * The rules of each framework. Offload: DeepSpeed's `offload_optimizer` for stages 1–3 and
 * `offload_param` for stage 3, NVMe only with stage 3 (ZeRO-Infinity); FSDP's
 * `CPUOffload(offload_params=True)` moves parameters, gradients and the step to the CPU together.
 * speedRank follows the Hugging Face DeepSpeed guide: "Stage 0 (DDP) > Stage 1 > Stage 2 > Stage 2 +
 * offload > Stage 3 > Stage 3 + offloads" (left is faster).
 */
export const FRAMEWORK_RULES: Readonly<Record<Framework, FrameworkRules>> = {
  ddp: {
    label: 'DDP',
    setting: 'torch.nn.parallel.DistributedDataParallel',
    zeroStage: 0,
    shardsWithinNode: false,
    deepSpeed: false,
    modelParallel: false,
    contextParallel: false,
    optimizerOffload: NONE,
    paramOffload: NONE,
    speedRank: 0,
  },
  zero1: {
    label: 'DeepSpeed ZeRO-1',
    setting: '"zero_optimization": {"stage": 1}',
    zeroStage: 1,
    shardsWithinNode: false,
    deepSpeed: true,
    modelParallel: false,
    contextParallel: false,
    optimizerOffload: CPU,
    paramOffload: NONE,
    speedRank: 1,
  },
  zero2: {
    label: 'DeepSpeed ZeRO-2',
    setting: '"zero_optimization": {"stage": 2}',
    zeroStage: 2,
    shardsWithinNode: false,
    deepSpeed: true,
    modelParallel: false,
    contextParallel: false,
    optimizerOffload: CPU,
    paramOffload: NONE,
    speedRank: 3,
  },
  'fsdp-grad-op': {
    label: 'FSDP shard grad op',
    setting: 'ShardingStrategy.SHARD_GRAD_OP (FSDP2: reshard_after_forward=False)',
    zeroStage: 2,
    shardsWithinNode: false,
    deepSpeed: false,
    modelParallel: false,
    contextParallel: false,
    optimizerOffload: CPU,
    paramOffload: CPU,
    speedRank: 2,
  },
  zero3: {
    label: 'DeepSpeed ZeRO-3',
    setting: '"zero_optimization": {"stage": 3}',
    zeroStage: 3,
    shardsWithinNode: false,
    deepSpeed: true,
    modelParallel: false,
    contextParallel: false,
    optimizerOffload: CPU_NVME,
    paramOffload: CPU_NVME,
    speedRank: 5,
  },
  fsdp: {
    label: 'FSDP full shard',
    setting: 'ShardingStrategy.FULL_SHARD (FSDP2: fully_shard)',
    zeroStage: 3,
    shardsWithinNode: false,
    deepSpeed: false,
    modelParallel: false,
    contextParallel: true,
    optimizerOffload: CPU,
    paramOffload: CPU,
    speedRank: 4,
  },
  'fsdp-hybrid': {
    label: 'FSDP hybrid shard',
    setting: 'ShardingStrategy.HYBRID_SHARD (FSDP2: a 2-D device mesh)',
    zeroStage: 3,
    shardsWithinNode: true,
    deepSpeed: false,
    modelParallel: false,
    contextParallel: true,
    optimizerOffload: CPU,
    paramOffload: CPU,
    speedRank: 6,
  },
  megatron: {
    label: 'Megatron-LM',
    setting:
      '--tensor-model-parallel-size, --pipeline-model-parallel-size, --use-distributed-optimizer',
    zeroStage: 1,
    shardsWithinNode: false,
    deepSpeed: false,
    modelParallel: true,
    contextParallel: true,
    optimizerOffload: NONE,
    paramOffload: NONE,
    speedRank: 7,
  },
};

/** The framework a bare ZeRO stage stands for (manual layouts and links from before frameworks). */
export function frameworkOfStage(stage: ZeroStage): Framework {
  return (['ddp', 'zero1', 'zero2', 'zero3'] as const)[stage];
}

/**
 * Why a framework cannot run with the offload asked for, or null when it can. FSDP offloads
 * to the CPU only; DeepSpeed keeps parameters on the GPU below stage 3 and NVMe for stage 3.
 */
export function offloadProblem(
  framework: Framework,
  optimizer: OffloadDevice,
  params: OffloadDevice,
): string | null {
  const rules = FRAMEWORK_RULES[framework];
  if (!rules.optimizerOffload.includes(optimizer))
    return optimizer === 'nvme' && rules.optimizerOffload.length > 1
      ? `${rules.label} offloads the optimizer to the CPU only (NVMe needs ZeRO-3)`
      : `${rules.label} has no optimizer offload`;
  if (!rules.paramOffload.includes(params))
    return params === 'nvme' && rules.paramOffload.length > 1
      ? `${rules.label} offloads parameters to the CPU only`
      : `${rules.label} keeps the parameters on the GPU (parameter offload needs ZeRO-3 or FSDP)`;
  return null;
}
