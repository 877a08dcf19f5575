import { inferenceActivationBytes } from './memory/inference-activations';
import { cachedTokens, kvCacheBytesPerGpu } from './memory/kv-cache';
import type { Layout } from './layout';
import { shardModelStates } from './memory/model-states';
import {
  activationBytesPerElement,
  kvBytesPerElement,
  kvElement,
  stateBytesPerElement,
  modelStateTotals,
  type ModelStateTotals,
} from './model-state-totals';
import { countParameters, type ParameterBreakdown } from './parameters';
import type { ResolvedScenario } from './scenario';
import { servingMemory } from './serving/serving-memory';
import { usesServingEngine } from './serving/serving-settings';
import { usableTrainingBytes } from './training/headroom';
import { planMemory } from './training/plan-memory';

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

export const gpuCount = (layout: Layout): number =>
  layout.tensorParallel *
  layout.pipelineParallel *
  layout.dataParallel *
  (layout.contextParallel ?? 1);

/**
 * What every layout of one scenario shares, computed once so the GPU search costs a few
 * multiplications per layout.
 */
export interface MemoryContext {
  scenario: ResolvedScenario;
  params: ParameterBreakdown;
  states: ModelStateTotals;
  /** Usable bytes per GPU after the safety margin (and, for training, the allocator margin). */
  capacityBytes: number;
  activationCache: Map<number, number>;
}

export function createMemoryContext(s: ResolvedScenario): MemoryContext {
  const params = countParameters(s.model);
  return {
    scenario: s,
    params,
    states: modelStateTotals(s, params),
    capacityBytes:
      s.mode === 'inference'
        ? // An engine keeps its own reserve (docs/method.md §11); the safety margin is plain PyTorch's.
          s.gpu.memoryBytes * (1 - (usesServingEngine(s) ? 0 : s.safetyMargin))
        : usableTrainingBytes(s.gpu.memoryBytes, s.safetyMargin, s.allocatorMargin),
    activationCache: new Map(),
  };
}

function cachedActivations(ctx: MemoryContext, layout: Layout): number {
  const key = layout.tensorParallel;
  let bytes = ctx.activationCache.get(key);
  if (bytes === undefined) {
    const s = ctx.scenario;
    bytes = inferenceActivationBytes(
      s.model,
      s.seqLen,
      s.batch,
      activationBytesPerElement(s),
      s.attention,
      layout.tensorParallel,
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
  // Training runs a framework's plan through one step: the parts at its peak (docs/method.md §12–§13).
  if (s.mode !== 'inference') return planMemory(ctx, layout).peak;
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
          kvElement(s).scaleBytesPerLayer,
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
