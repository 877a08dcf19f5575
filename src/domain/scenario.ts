import { DTYPES, type Dtype, type WeightAccounting } from './dtypes';
import type { NumberRange } from './errors';
import type { FormatId } from './formats/catalogue';
import { KV_FORMAT_IDS, type KvFormatId } from './formats/kv-formats';
import type { GpuSpec } from './gpu';
import type { LoraTarget } from './linear-shapes';
import type { AttentionKind, Recompute } from './memory/activations';
import type { GradientDtype, Optimizer, ZeroStage } from './memory/model-states';
import type { ModelSpec } from './model';
import { DEFAULT_GPU_PRESET_ID } from './presets/gpus';
import { DEFAULT_MODEL_PRESET_ID } from './presets/models';
import type { Engine, ServingEntry } from './serving/engines';
import type { ActivationConvention } from './training/eager-activations';
import type { FrameworkChoice, OffloadDevice } from './training/frameworks';
import { ALLOCATOR_MARGIN_RANGE, DEFAULT_ALLOCATOR_MARGIN } from './training/headroom';
import { gibToBytes } from './units';

export const MODES = ['training', 'finetune', 'inference'] as const;
export type Mode = (typeof MODES)[number];
export const FINETUNE_METHODS = ['full', 'lora', 'qlora'] as const;
export type FinetuneMethod = (typeof FINETUNE_METHODS)[number];
/**
 * The KV cache's element type: `auto`, one of the seed's dtypes (which every link has carried,
 * meaning what they always did), or a format with its real bytes (formats/kv-formats.ts).
 */
export type KvDtype = Dtype | KvFormatId | 'auto';
export const KV_DTYPES = [
  'auto',
  ...DTYPES,
  ...KV_FORMAT_IDS,
] as const satisfies readonly KvDtype[];
export type LayoutChoice = 'auto' | 'manual';

/**
 * Everything the engine needs for one estimate: a plain JSON-serialisable object, the same one the
 * store holds and the share link encodes. `model` and `gpu` are preset ids or full specs.
 */
export interface Scenario {
  model: string | ModelSpec;
  gpu: string | GpuSpec;
  mode: Mode;
  /**
   * The weights' format (formats/catalogue.ts): training, the weight and compute dtype (fp32, bf16
   * or fp16); inference, the stored format; fine-tuning, the frozen base's format.
   */
  dtype: FormatId;
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
  /**
   * KV-cache element type; auto follows the weights for 16/32-bit and is bf16 for quantized weights
   * (llama.cpp's f16). Each engine takes only its own (serving/kv-cache-types.ts).
   */
  kvDtype: KvDtype;
  /** auto: find the smallest layout that fits; manual: use the sizes below as given. */
  layout: LayoutChoice;
  zeroStage: ZeroStage;
  tensorParallel: number;
  pipelineParallel: number;
  dataParallel: number;
  sequenceParallel: boolean;
  /** CUDA context and allocator reserve per GPU, in bytes (docs/method.md §6). */
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
  /** Inference: the serving engine whose memory rules apply (docs/method.md §11); `hf` is §6 as it is. */
  engine: Engine;
  /**
   * The engine's memory fraction: vLLM's gpu_memory_utilization, SGLang's mem_fraction_static,
   * TensorRT-LLM's free_gpu_memory_fraction; null for the engine's own default.
   */
  memoryFraction: number | null;
  /** The longest request the engine accepts (vLLM --max-model-len); null for prompt + generated tokens. */
  maxModelLen: number | null;
  /** vLLM --max-num-batched-tokens, SGLang --chunked-prefill-size, TensorRT-LLM --max_num_tokens; null for the default. */
  maxNumBatchedTokens: number | null;
  /** vLLM --max-num-seqs, SGLang --max-running-requests, TensorRT-LLM --max_batch_size; null for the default. */
  maxNumSeqs: number | null;
  /** How vLLM is started, which picks its batch defaults: `vllm serve` or the Python LLM class. */
  servingEntry: ServingEntry;
  /** CUDA graphs captured (false: vLLM --enforce-eager, SGLang --disable-cuda-graph). */
  cudaGraphs: boolean;
  /** Share of peak memory bandwidth a decode step reaches; null for the engine's default. */
  bandwidthEfficiency: number | null;
  /** llama.cpp -ngl: layers offloaded to the GPUs, the output layer counted as one; null for all. */
  gpuLayers: number | null;
  /** Inference: aggregate generated tokens per second to reach with data-parallel replicas; 0 for none. */
  targetTokensPerSecond: number;
  /** Training: the framework plan, or `auto` to search every framework (docs/method.md §12). */
  framework: FrameworkChoice;
  /** Training: where the optimizer state lives (DeepSpeed offload_optimizer, FSDP CPUOffload). */
  offloadOptimizer: OffloadDevice;
  /** Training: where the parameters live between uses (DeepSpeed offload_param, FSDP CPUOffload). */
  offloadParams: OffloadDevice;
  /** Training: model states by the framework's own rules, or by DeepSpeed's estimator (§15). */
  stateAccounting: 'framework' | 'deepspeed';
  /** Training: activations as PyTorch eager keeps them, or as Korthikanti et al. count them (§14). */
  activationConvention: ActivationConvention;
  /** Training: share of each GPU left to the caching allocator's fragmentation (§13). */
  allocatorMargin: number;
  /** Training, manual layout: context-parallel size, splitting each sequence's tokens. */
  contextParallel: number;
  /** Training, manual layout: expert-parallel size, splitting a mixture of experts' experts. */
  expertParallel: number;
  /** Training: bitsandbytes paged optimizer, whose state pages to CPU memory when the GPU fills. */
  pagedOptimizer: boolean;
  /** Training: FP8 matmuls in Transformer Engine's recipe, on GPUs with FP8 tensor cores (§16). */
  fp8Training: boolean;
  /** Training: a plan beyond one node takes whole nodes. */
  wholeNodes: boolean;
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
  engine: 'vllm',
  memoryFraction: null,
  maxModelLen: null,
  maxNumBatchedTokens: null,
  maxNumSeqs: null,
  servingEntry: 'serve',
  cudaGraphs: true,
  bandwidthEfficiency: null,
  gpuLayers: null,
  targetTokensPerSecond: 0,
  framework: 'auto',
  offloadOptimizer: 'none',
  offloadParams: 'none',
  stateAccounting: 'framework',
  activationConvention: 'eager',
  allocatorMargin: DEFAULT_ALLOCATOR_MARGIN,
  contextParallel: 1,
  expertParallel: 1,
  pagedOptimizer: false,
  fp8Training: false,
  wholeNodes: false,
} satisfies Scenario);

/**
 * A new scenario: the defaults with some fields changed. Its list of LoRA targets is its own, so
 * changing one scenario never changes another or the defaults.
 */
export function freshScenario(overrides: Partial<Scenario> = {}): Scenario {
  return { ...DEFAULT_SCENARIO, loraTargets: [...DEFAULT_SCENARIO.loraTargets], ...overrides };
}

/** A scenario with its model and GPU resolved to specs. */
export interface ResolvedScenario extends Omit<Scenario, 'model' | 'gpu'> {
  model: ModelSpec;
  gpu: GpuSpec;
  modelPresetId: string | null;
  gpuPresetId: string | null;
}

export const TRAINING_DTYPES: readonly FormatId[] = ['fp32', 'bf16', 'fp16'];
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
  memoryFraction: { min: 0.01, max: 1 },
  bandwidthEfficiency: { min: 0.01, max: 1 },
  allocatorMargin: ALLOCATOR_MARGIN_RANGE,
} as const satisfies Partial<Record<keyof Scenario, NumberRange>>;
