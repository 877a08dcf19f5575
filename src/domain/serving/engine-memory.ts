import type { CacheLayerGroup } from '../memory/kv-cache';
import type { ParameterBreakdown } from '../parameters';
import type { MemoryParts } from '../per-gpu-memory';
import type { ResolvedScenario } from '../scenario';
import type { SglangGpuDefaults } from './sglang';
import type { VllmBudget } from './vllm-budget';
import type { VllmBatchLimits } from './vllm-defaults';
import type { VllmBlocks, VllmPageLayout } from './vllm-pages';

/** What an engine's memory rules need of a scenario on one tensor × pipeline split. */
export interface ServingInput {
  s: ResolvedScenario;
  params: ParameterBreakdown;
  /** Bytes of all the model's weights, before any split (the estimate's states.weights). */
  weightsBytes: number;
  tensorParallel: number;
  pipelineParallel: number;
  /** Also work out what only the plan shows (vLLM's longest max_model_len, a binary search); the layout search and the solvers need the parts alone. */
  detailed?: boolean;
}

export interface VllmDetail {
  engine: 'vllm';
  limits: VllmBatchLimits;
  budget: VllmBudget;
  pages: VllmPageLayout;
  blocks: VllmBlocks;
  maxModelLen: number;
  /** "Maximum concurrency for max_model_len tokens per request". */
  concurrency: number;
  /** What --max-model-len auto picks: the longest one request of which fits; 0 unless asked for in detail. */
  longestModelLen: number;
  /** KV memory one request of max_model_len needs, checked before vLLM starts. */
  startNeedBytes: number;
  /** Blocks the requested sequences take of the pool. */
  requestBlocks: number;
}

export interface SglangDetail {
  engine: 'sglang';
  defaults: SglangGpuDefaults;
  chunkedPrefillSize: number;
  fraction: number;
  reservedMiB: number;
  freeAtStartBytes: number;
  /** Bytes one token takes in the pool (cell_size). */
  cellBytes: number;
  maxTotalTokens: number;
  requestTokens: number;
}

export interface TrtllmDetail {
  engine: 'trtllm';
  fraction: number;
  maxNumTokens: number;
  maxBatchSize: number;
  /** The profile run's peak: start-up use, weights and activations. */
  peakBytes: number;
  bytesPerToken: number;
  maxTokens: number;
  blocks: number;
  tokensPerBlock: number;
}

export interface LlamaCppDetail {
  engine: 'llamacpp';
  cacheType: string;
  slots: number;
  /** -c: cells of the whole unified cache, slots × the per-request context. */
  contextCells: number;
  gpus: number;
  repeatingOnGpu: number;
  outputOnGpu: boolean;
  /** -ngl that puts exactly these layers on the GPUs. */
  gpuLayerArgument: number;
  /** Weights left in host RAM: the token embeddings and the layers not offloaded. */
  hostWeightsBytes: number;
  computeBytes: number;
  marginBytes: number;
}

export type EngineDetail = VllmDetail | SglangDetail | TrtllmDetail | LlamaCppDetail;

/**
 * One GPU under an engine. `parts` add up to the whole card when the engine just fits: the
 * overhead holds what the engine never uses (the card beyond its fraction, what CUDA hides, what
 * is in use at start), and the KV cache is what the requested sequences (and, for vLLM, one
 * request of max_model_len) take of the engine's pool.
 */
export interface EngineMemory {
  parts: MemoryParts;
  /** The KV pool the engine allocates on one GPU, in bytes. */
  kvPoolBytes: number;
  /** Bytes the requested sequences need of that pool. */
  requestBytes: number;
  /** Whether the engine starts at all (vLLM: one request of max_model_len fits). */
  starts: boolean;
  detail: EngineDetail;
}

/** Layers of each cache kind scaled to `layers` of the model's L (one device's share). */
export function shareOfGroups(
  groups: readonly CacheLayerGroup[],
  modelLayers: number,
  layers: number,
): CacheLayerGroup[] {
  return groups
    .map((g) => ({
      ...g,
      layers: Math.min(g.layers, Math.ceil((g.layers * layers) / modelLayers)),
    }))
    .filter((g) => g.layers > 0);
}
