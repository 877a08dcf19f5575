import fc from 'fast-check';
import { FORMAT_IDS } from '../domain/formats/catalogue';
import { GPU_RATE_LIMITS, type GpuSpec } from '../domain/gpu';
import { LORA_TARGETS } from '../domain/linear-shapes';
import { OPTIMIZERS } from '../domain/memory/model-states';
import type { ModelSpec } from '../domain/model';
import { GPU_PRESETS } from '../domain/presets/gpus';
import { MODEL_PRESETS } from '../domain/presets/models';
import {
  FINETUNE_METHODS,
  KV_DTYPES,
  MAX_BATCH,
  MAX_SEQ_LEN,
  MAX_TRAINING_TOKENS,
  MODES,
  type Scenario,
} from '../domain/scenario';
import type { CalculatorState } from '../state/calculator-store';
import { type SamplingChoices } from '../state/sampling-store';
import { listFitsLink, MAX_LINK_LIST_LENGTH } from '../state/url/sampling-link';
import { SAMPLING_LIMITS } from '../domain/sampling';
import { ENGINES, SERVING_ENTRIES } from '../domain/serving/engines';
import {
  MAX_BATCHED_TOKENS,
  MAX_GPU_LAYERS,
  MAX_TARGET_TOKENS_PER_SECOND,
} from '../domain/serving/serving-settings';
import { ACTIVATION_CONVENTIONS } from '../domain/training/eager-activations';
import { FRAMEWORK_CHOICES, OFFLOAD_DEVICES } from '../domain/training/frameworks';

/**
 * Test-only arbitraries for the share link: every value the engine accepts field by field, including
 * combinations it rejects as a whole (a tensor-parallel size that does not divide the heads), because
 * the store may hold those and the link must carry them unchanged.
 */

const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((text) => text.trim() !== '');
const int = (min: number, max: number) => fc.integer({ min, max });
const fraction = (min: number, max: number) => fc.double({ min, max, noNaN: true });
/** A stated throughput, or 0 for "none". */
const rate = ({ min, max }: { min: number; max: number }) =>
  fc.oneof(fc.constant(0), fraction(min, max));

const fieldwiseModel: fc.Arbitrary<ModelSpec> = fc.record({
  name,
  layers: int(1, 100_000),
  hidden: int(1, 10_000_000),
  heads: int(1, 100_000),
  kvHeads: int(1, 100_000),
  headDim: int(1, 10_000_000),
  vHeadDim: fc.option(int(1, 10_000_000), { nil: null }),
  kvLoraRank: fc.option(int(1, 10_000_000), { nil: null }),
  qLoraRank: fc.option(int(1, 10_000_000), { nil: null }),
  qkRopeHeadDim: int(0, 10_000_000),
  attentionSinks: fc.boolean(),
  attentionOutputGate: fc.boolean(),
  intermediate: int(1, 10_000_000),
  vocab: int(1, 100_000_000),
  mlp: fc.constantFrom('gated' as const, 'plain' as const),
  norm: fc.constantFrom('rmsnorm' as const, 'layernorm' as const),
  normsPerLayer: int(0, 16),
  qkNorm: fc.boolean(),
  positions: fc.constantFrom('rotary' as const, 'learned' as const),
  maxPositions: int(1, 1e9),
  positionOffset: int(0, 1_000),
  tiedEmbeddings: fc.boolean(),
  embeddingDim: fc.option(int(1, 10_000_000), { nil: null }),
  finalNorm: fc.boolean(),
  attentionBias: fc.constantFrom('none' as const, 'qkv' as const, 'all' as const),
  mlpBias: fc.boolean(),
  experts: int(1, 100_000),
  expertsPerToken: int(1, 100_000),
  expertIntermediate: int(1, 10_000_000),
  sharedExperts: int(0, 1_000),
  sharedExpertIntermediate: int(0, 10_000_000),
  sharedExpertGate: fc.boolean(),
  denseLayers: int(0, 100_000),
  moeLayerStep: int(1, 100_000),
  routerBias: fc.boolean(),
  mtpLayers: int(0, 100),
  visionParams: int(0, 1e13),
  slidingWindow: fc.option(int(1, 1e9), { nil: null }),
  localAttention: fc.constantFrom('sliding' as const, 'chunked' as const),
  fullAttentionLayers: int(0, 100_000),
  linearAttentionLayers: int(0, 100_000),
  linearKeyHeads: int(0, 100_000),
  linearValueHeads: int(0, 100_000),
  linearKeyHeadDim: int(0, 10_000_000),
  linearValueHeadDim: int(0, 10_000_000),
  linearConvKernel: int(0, 1_000),
});

/** Any custom architecture; half of them keep the derived fields at their defaults, as real models do. */
export const arbitraryCustomModel: fc.Arbitrary<ModelSpec> = fc
  .tuple(fieldwiseModel, fc.boolean(), fc.boolean())
  .map(([model, derivedHeads, derivedWidth]) => ({
    ...model,
    ...(derivedHeads
      ? { kvHeads: model.heads, headDim: Math.max(1, Math.floor(model.hidden / model.heads)) }
      : {}),
    ...(derivedWidth ? { expertIntermediate: model.intermediate } : {}),
  }));

export const arbitraryCustomGpu: fc.Arbitrary<GpuSpec> = fc.record({
  name,
  memoryBytes: fc.oneof(
    int(1, 2 ** 20).map((mib) => mib * 2 ** 20),
    fraction(Number.MIN_VALUE, 1e15),
  ),
  labelGB: fc.oneof(int(0, 1000), fraction(0, 1e6)),
  bandwidthBytesPerSecond: rate(GPU_RATE_LIMITS.bandwidth),
  peakFlops: fraction(GPU_RATE_LIMITS.flops.min, GPU_RATE_LIMITS.flops.max),
  bf16: fc.boolean(),
  fp8Flops: rate(GPU_RATE_LIMITS.flops),
  int8Ops: rate(GPU_RATE_LIMITS.flops),
  fp4Flops: rate(GPU_RATE_LIMITS.flops),
  interconnect: fc.constantFrom(
    'nvlink' as const,
    'infinity-fabric' as const,
    'pcie' as const,
    'unified' as const,
  ),
  gpusPerNode: int(1, 1024),
});

export const arbitraryLinkScenario: fc.Arbitrary<Scenario> = fc.record({
  model: fc.oneof(
    fc.constantFrom(...MODEL_PRESETS.map((preset) => preset.id)),
    arbitraryCustomModel,
  ),
  gpu: fc.oneof(fc.constantFrom(...GPU_PRESETS.map((preset) => preset.id)), arbitraryCustomGpu),
  mode: fc.constantFrom(...MODES),
  dtype: fc.constantFrom(...FORMAT_IDS),
  weightAccounting: fc.constantFrom('naive' as const, 'realistic' as const),
  batch: int(1, MAX_BATCH),
  seqLen: int(1, MAX_SEQ_LEN),
  generatedTokens: int(0, MAX_SEQ_LEN),
  optimizer: fc.constantFrom(...OPTIMIZERS),
  gradients: fc.constantFrom('same' as const, 'fp32' as const),
  recompute: fc.constantFrom('none' as const, 'selective' as const, 'full' as const),
  attention: fc.constantFrom('eager' as const, 'fused' as const),
  dropout: fc.boolean(),
  finetuneMethod: fc.constantFrom(...FINETUNE_METHODS),
  loraRank: int(1, 65_536),
  loraTargets: fc.array(fc.constantFrom(...LORA_TARGETS), { maxLength: 8 }),
  adapterDtype: fc.constantFrom('bf16' as const, 'fp32' as const),
  kvDtype: fc.constantFrom(...KV_DTYPES),
  layout: fc.constantFrom('auto' as const, 'manual' as const),
  zeroStage: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  tensorParallel: int(1, 1024),
  pipelineParallel: int(1, 100_000),
  dataParallel: int(1, 1_000_000),
  sequenceParallel: fc.boolean(),
  overheadBytes: fc.oneof(
    int(0, 8 * 2 ** 30),
    int(0, 64).map((mib) => mib * 2 ** 26),
    fraction(0, 1e15),
  ),
  safetyMargin: fraction(0, 0.9),
  utilization: fraction(0.01, 1),
  // fc.integer stops at 2^31 − 1; a mantissa times a power of ten reaches 10^15 with exact integers.
  trainingTokens: fc.oneof(
    int(1, 2 ** 31 - 1),
    fc.tuple(int(1, 1_000_000), int(0, 9)).map(([mantissa, exponent]) => mantissa * 10 ** exponent),
    fc.constant(MAX_TRAINING_TOKENS),
  ),
  engine: fc.constantFrom(...ENGINES),
  memoryFraction: fc.option(fraction(0.01, 1), { nil: null }),
  maxModelLen: fc.option(int(1, MAX_SEQ_LEN), { nil: null }),
  maxNumBatchedTokens: fc.option(int(1, MAX_BATCHED_TOKENS), { nil: null }),
  maxNumSeqs: fc.option(int(1, MAX_BATCH), { nil: null }),
  servingEntry: fc.constantFrom(...SERVING_ENTRIES),
  cudaGraphs: fc.boolean(),
  bandwidthEfficiency: fc.option(fraction(0.01, 1), { nil: null }),
  gpuLayers: fc.option(int(0, MAX_GPU_LAYERS), { nil: null }),
  targetTokensPerSecond: fc.oneof(fc.constant(0), fraction(0, MAX_TARGET_TOKENS_PER_SECOND)),
  framework: fc.constantFrom(...FRAMEWORK_CHOICES),
  offloadOptimizer: fc.constantFrom(...OFFLOAD_DEVICES),
  offloadParams: fc.constantFrom(...OFFLOAD_DEVICES),
  stateAccounting: fc.constantFrom('framework' as const, 'deepspeed' as const),
  activationConvention: fc.constantFrom(...ACTIVATION_CONVENTIONS),
  allocatorMargin: fraction(0, 0.5),
  contextParallel: int(1, 1024),
  expertParallel: int(1, 1024),
  pagedOptimizer: fc.boolean(),
  fp8Training: fc.boolean(),
  wholeNodes: fc.boolean(),
});

export const arbitraryLinkState: fc.Arbitrary<CalculatorState> = fc.record({
  scenario: arbitraryLinkScenario,
  unit: fc.constantFrom('GB' as const, 'GiB' as const),
});

/** A pasted list as typed: any text, lines of tokens and logits, or one exactly as long as a link carries. */
const pastedText = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc
      .array(fc.tuple(name, fc.double({ noNaN: true })), { maxLength: 20 })
      .map((lines) => lines.map(([token, logit]) => `${token}\t${String(logit)}`).join('\n')),
    fc.constant('+ &=%?#\r\n\t,'),
    fc.constant('a\t1\n'.repeat(MAX_LINK_LIST_LENGTH / 8)),
  )
  // The link carries only lists that fit it; sampling-link.test.ts covers the ones left out.
  .filter(listFitsLink);

/**
 * Every choice the sampling panel accepts that a link carries. A list kept aside while the example
 * is chosen is not carried (it is not on screen), so the example always comes with an empty list
 * here; nor is a list too long for a link (pastedText leaves those out).
 */
export const arbitrarySamplingChoices: fc.Arbitrary<SamplingChoices> = fc
  .record({
    temperature: fraction(SAMPLING_LIMITS.temperature.min, SAMPLING_LIMITS.temperature.max),
    topK: fc.oneof(int(1, 100), int(SAMPLING_LIMITS.topK.min, SAMPLING_LIMITS.topK.max)),
    topP: fraction(SAMPLING_LIMITS.topP.min, SAMPLING_LIMITS.topP.max),
    source: fc.constantFrom('example' as const, 'custom' as const),
    customText: pastedText,
    drawCount: int(SAMPLING_LIMITS.drawCount.min, SAMPLING_LIMITS.drawCount.max),
    // fc.integer stops at 2^31 − 1; two 16-bit halves reach the seed's 2^32 − 1.
    seed: fc.tuple(int(0, 0xffff), int(0, 0xffff)).map(([high, low]) => high * 0x1_0000 + low),
  })
  .map((choices) => (choices.source === 'example' ? { ...choices, customText: '' } : choices));

export const arbitraryLinkWithSampling: fc.Arbitrary<
  CalculatorState & { sampling: SamplingChoices }
> = fc
  .tuple(arbitraryLinkState, arbitrarySamplingChoices)
  .map(([state, sampling]) => ({ ...state, sampling }));
