import fc from 'fast-check';
import { FORMAT_IDS } from '../domain/formats/catalogue';
import { LORA_TARGETS } from '../domain/linear-shapes';
import { OPTIMIZERS } from '../domain/memory/model-states';
import { defineModel, type ModelSpec } from '../domain/model';
import { GPU_PRESETS } from '../domain/presets/gpus';
import { MODEL_PRESETS } from '../domain/presets/models';
import { DEFAULT_SCENARIO, KV_DTYPES, TRAINING_DTYPES, type Scenario } from '../domain/scenario';
import { ENGINES } from '../domain/serving/engines';
import { engineTakesKv } from '../domain/serving/kv-cache-types';
import { ACTIVATION_CONVENTIONS } from '../domain/training/eager-activations';
import { FRAMEWORK_CHOICES, OFFLOAD_DEVICES } from '../domain/training/frameworks';

/** A valid architecture: heads divisible by KV heads, dense or mixture of experts. */
export const arbitraryModel: fc.Arbitrary<ModelSpec> = fc
  .record({
    layers: fc.integer({ min: 1, max: 128 }),
    headDim: fc.constantFrom(32, 64, 80, 128, 256),
    kvHeads: fc.integer({ min: 1, max: 16 }),
    groups: fc.integer({ min: 1, max: 8 }),
    widthFactor: fc.integer({ min: 1, max: 8 }),
    vocab: fc.integer({ min: 100, max: 300_000 }),
    mlp: fc.constantFrom('gated' as const, 'plain' as const),
    norm: fc.constantFrom('rmsnorm' as const, 'layernorm' as const),
    positions: fc.constantFrom('rotary' as const, 'learned' as const),
    tied: fc.boolean(),
    attentionBias: fc.constantFrom('none' as const, 'qkv' as const, 'all' as const),
    mlpBias: fc.boolean(),
    experts: fc.constantFrom(1, 1, 4, 8, 64),
    topK: fc.integer({ min: 1, max: 4 }),
    window: fc.option(fc.integer({ min: 128, max: 65536 }), { nil: null }),
  })
  .map((r) => {
    const heads = r.kvHeads * r.groups;
    const hidden = heads * r.headDim;
    const experts = r.experts;
    return defineModel({
      name: 'Arbitrary',
      layers: r.layers,
      hidden,
      heads,
      kvHeads: r.kvHeads,
      headDim: r.headDim,
      intermediate: hidden * r.widthFactor,
      vocab: r.vocab,
      mlp: r.mlp,
      norm: r.norm,
      positions: r.positions,
      maxPositions: 8192,
      tiedEmbeddings: r.tied,
      attentionBias: r.attentionBias,
      mlpBias: r.mlpBias,
      experts,
      expertsPerToken: Math.min(r.topK, experts),
      expertIntermediate:
        experts > 1
          ? Math.max(64, Math.floor((hidden * r.widthFactor) / 4))
          : hidden * r.widthFactor,
      slidingWindow: r.window,
    });
  });

/** A valid scenario over the presets and arbitrary architectures, in any mode. */
export const arbitraryScenario: fc.Arbitrary<Scenario> = fc
  .record({
    model: fc.oneof(fc.constantFrom(...MODEL_PRESETS.map((preset) => preset.id)), arbitraryModel),
    gpu: fc.constantFrom(...GPU_PRESETS.map((preset) => preset.id)),
    mode: fc.constantFrom('training' as const, 'finetune' as const, 'inference' as const),
    dtype: fc.constantFrom(...FORMAT_IDS),
    trainingDtype: fc.constantFrom(...TRAINING_DTYPES),
    weightAccounting: fc.constantFrom('naive' as const, 'realistic' as const),
    batch: fc.integer({ min: 1, max: 256 }),
    seqLen: fc.integer({ min: 1, max: 65536 }),
    generatedTokens: fc.integer({ min: 0, max: 8192 }),
    optimizer: fc.constantFrom(...OPTIMIZERS),
    gradients: fc.constantFrom('same' as const, 'fp32' as const),
    recompute: fc.constantFrom('none' as const, 'selective' as const, 'full' as const),
    attention: fc.constantFrom('eager' as const, 'fused' as const),
    dropout: fc.boolean(),
    finetuneMethod: fc.constantFrom('full' as const, 'lora' as const, 'qlora' as const),
    loraRank: fc.integer({ min: 1, max: 256 }),
    loraTargets: fc.subarray([...LORA_TARGETS], { minLength: 1 }),
    adapterDtype: fc.constantFrom('bf16' as const, 'fp32' as const),
    kvDtype: fc.constantFrom(...KV_DTYPES),
    zeroStage: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
    sequenceParallel: fc.boolean(),
    overheadBytes: fc.integer({ min: 0, max: 4 * 2 ** 30 }),
    safetyMargin: fc.double({ min: 0, max: 0.5, noNaN: true }),
    engine: fc.constantFrom(...ENGINES),
    cudaGraphs: fc.boolean(),
    framework: fc.constantFrom(...FRAMEWORK_CHOICES),
    offloadOptimizer: fc.constantFrom(...OFFLOAD_DEVICES),
    offloadParams: fc.constantFrom(...OFFLOAD_DEVICES),
    stateAccounting: fc.constantFrom('framework' as const, 'deepspeed' as const),
    activationConvention: fc.constantFrom(...ACTIVATION_CONVENTIONS),
    allocatorMargin: fc.double({ min: 0, max: 0.5, noNaN: true }),
    pagedOptimizer: fc.boolean(),
    wholeNodes: fc.boolean(),
  })
  .map(({ trainingDtype, ...r }) => {
    const trainsAll =
      r.mode === 'training' || (r.mode === 'finetune' && r.finetuneMethod === 'full');
    // Each engine caches in the KV dtypes it has (serving/kv-cache-types.ts): else the first that does.
    const engine = engineTakesKv(r.engine, r.kvDtype)
      ? r.engine
      : (ENGINES.find((other) => engineTakesKv(other, r.kvDtype)) ?? 'hf');
    return {
      ...DEFAULT_SCENARIO,
      ...r,
      engine,
      dtype: trainsAll ? trainingDtype : r.dtype,
    };
  });
