import {
  layerActivationBytes,
  layerInputBytes,
  logitsBytes,
  recomputedActivationBytes,
  type ActivationOptions,
  type LayerActivationBytes,
} from './memory/activations';
import { inferenceActivationBytes } from './memory/inference-activations';
import { cachedTokens, kvCacheBytesPerGpu } from './memory/kv-cache';
import { shardModelStates, type ZeroStage } from './memory/model-states';
import {
  activationBytesPerElement,
  kvBytesPerElement,
  stateBytesPerElement,
  modelStateTotals,
  type ModelStateTotals,
} from './model-state-totals';
import { countParameters, type ParameterBreakdown } from './parameters';
import { moeLayerCount } from './model-shape';
import type { ResolvedScenario } from './scenario';
import { servingMemory } from './serving/serving-memory';
import { usesServingEngine } from './serving/serving-settings';

/** The parts of one GPU's memory, in bytes. */
export interface MemoryParts {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  kvCache: number;
  overhead: number;
}

export const MEMORY_PARTS = [
  'weights',
  'gradients',
  'optimizer',
  'activations',
  'kvCache',
  'overhead',
] as const;
export type MemoryPart = (typeof MEMORY_PARTS)[number];

export const sumParts = (parts: MemoryParts): number =>
  parts.weights +
  parts.gradients +
  parts.optimizer +
  parts.activations +
  parts.kvCache +
  parts.overhead;

/** A parallel layout: tensor × pipeline × data-parallel GPUs, with a ZeRO stage over the data-parallel group. */
export interface Layout {
  tensorParallel: number;
  pipelineParallel: number;
  dataParallel: number;
  zeroStage: ZeroStage;
  sequenceParallel: boolean;
}

export const gpuCount = (layout: Layout): number =>
  layout.tensorParallel * layout.pipelineParallel * layout.dataParallel;

/**
 * What every layout of one scenario shares, computed once so the GPU search costs a few
 * multiplications per layout.
 */
export interface MemoryContext {
  scenario: ResolvedScenario;
  params: ParameterBreakdown;
  states: ModelStateTotals;
  /** Usable bytes per GPU after the safety margin. */
  capacityBytes: number;
  activationCache: Map<number, number>;
}

export function createMemoryContext(s: ResolvedScenario): MemoryContext {
  const params = countParameters(s.model);
  return {
    scenario: s,
    params,
    states: modelStateTotals(s, params),
    // An engine keeps its own reserve (docs/method.md §11); the safety margin is plain PyTorch's.
    capacityBytes: s.gpu.memoryBytes * (1 - (usesServingEngine(s) ? 0 : s.safetyMargin)),
    activationCache: new Map(),
  };
}

function activationOptions(
  s: ResolvedScenario,
  tensorParallel: number,
  sequenceParallel: boolean,
): ActivationOptions {
  return {
    seqLen: s.seqLen,
    batch: s.batch,
    bytesPerElement: activationBytesPerElement(s),
    attention: s.attention,
    dropout: s.dropout,
    tensorParallel,
    sequenceParallel,
  };
}

/** Layer activations averaged over the model's dense and MoE layers, and the largest single layer. */
function layerMix(
  s: ResolvedScenario,
  o: ActivationOptions,
): { average: LayerActivationBytes; largest: LayerActivationBytes } {
  const m = s.model;
  const moeLayers = moeLayerCount(m);
  const dense = layerActivationBytes(m, o, false);
  if (moeLayers === 0) return { average: dense, largest: dense };
  const moe = layerActivationBytes(m, o, true);
  const denseLayers = m.layers - moeLayers;
  const mix = (key: keyof LayerActivationBytes) =>
    (denseLayers * dense[key] + moeLayers * moe[key]) / m.layers;
  return {
    average: {
      norms: mix('norms'),
      attention: mix('attention'),
      attentionCore: mix('attentionCore'),
      mlp: mix('mlp'),
      total: mix('total'),
    },
    largest: denseLayers > 0 && dense.total > moe.total ? dense : moe,
  };
}

/**
 * Training activations on the busiest GPU (docs/method.md §5). With 1F1B pipelining the first stage
 * holds L layers' worth whatever the number of stages; the last holds its L/pp layers plus the
 * fp32 logits; without pipelining one GPU holds all L layers and the logits.
 */
export function trainingActivationBytes(
  s: ResolvedScenario,
  tensorParallel: number,
  pipelineParallel: number,
  sequenceParallel: boolean,
): number {
  const o = activationOptions(s, tensorParallel, sequenceParallel);
  const { average, largest } = layerMix(s, o);
  const input = layerInputBytes(s.model, o);
  const held = (layers: number) => {
    const kept = recomputedActivationBytes(average, input, layers, s.recompute);
    return s.recompute === 'full' ? kept - average.total + largest.total : kept;
  };
  const logits = logitsBytes(s.model.vocab, s.seqLen, s.batch, tensorParallel);
  if (pipelineParallel === 1) return held(s.model.layers) + logits;
  return Math.max(
    held(s.model.layers),
    held(Math.ceil(s.model.layers / pipelineParallel)) + logits,
  );
}

function cachedActivations(ctx: MemoryContext, layout: Layout): number {
  const key =
    (layout.tensorParallel * 1_000_000 + layout.pipelineParallel) * 2 +
    (layout.sequenceParallel ? 1 : 0);
  let bytes = ctx.activationCache.get(key);
  if (bytes === undefined) {
    const s = ctx.scenario;
    bytes =
      s.mode === 'inference'
        ? inferenceActivationBytes(
            s.model,
            s.seqLen,
            s.batch,
            activationBytesPerElement(s),
            s.attention,
            layout.tensorParallel,
          )
        : trainingActivationBytes(
            s,
            layout.tensorParallel,
            layout.pipelineParallel,
            layout.sequenceParallel,
          );
    ctx.activationCache.set(key, bytes);
  }
  return bytes;
}

/** ZeRO-3 gathers the largest layer's weights (at the model's average bytes per weight) while it runs. */
export function gatheredLayerBytes(ctx: MemoryContext, tensorParallel: number): number {
  return (ctx.params.largestLayer * (ctx.states.weights / ctx.params.total)) / tensorParallel;
}

/** One GPU under the scenario's serving engine (docs/method.md §11). */
function servingParts(ctx: MemoryContext, layout: Layout): MemoryParts {
  const memory = servingMemory({
    s: ctx.scenario,
    params: ctx.params,
    weightsBytes: ctx.states.weights,
    tensorParallel: layout.tensorParallel,
    pipelineParallel: layout.pipelineParallel,
  });
  if (!memory) throw new Error('servingParts needs a serving engine');
  return memory.parts;
}

/**
 * One GPU's memory under a layout (docs/method.md §3–§7): model states sharded by ZeRO over the
 * data-parallel group and split by tensor × pipeline parallelism; ZeRO-3 also holds the gathered
 * largest layer while it runs; plus activations, the KV cache (inference) and the runtime overhead.
 */
export function perGpuMemory(ctx: MemoryContext, layout: Layout): MemoryParts {
  const s = ctx.scenario;
  if (usesServingEngine(s)) return servingParts(ctx, layout);
  const modelSplit = layout.tensorParallel * layout.pipelineParallel;
  const zeroStage = s.mode === 'inference' ? 0 : layout.zeroStage;
  const sharded = shardModelStates(ctx.states, zeroStage, layout.dataParallel);
  const gathered =
    zeroStage === 3 && layout.dataParallel > 1 ? gatheredLayerBytes(ctx, layout.tensorParallel) : 0;
  const kvCache =
    s.mode === 'inference'
      ? kvCacheBytesPerGpu(
          s.model,
          kvBytesPerElement(s),
          cachedTokens(s.model, s.seqLen, s.generatedTokens),
          s.batch,
          layout.tensorParallel,
          layout.pipelineParallel,
          stateBytesPerElement(s),
        )
      : 0;
  return {
    weights: sharded.weights / modelSplit + gathered,
    gradients: sharded.gradients / modelSplit,
    optimizer: sharded.optimizer / modelSplit,
    activations: cachedActivations(ctx, layout),
    kvCache,
    overhead: s.overheadBytes,
  };
}
