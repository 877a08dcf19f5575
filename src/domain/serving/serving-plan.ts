import type { LayoutResult } from '../gpu-search';
import { cachedTokens, kvCacheBytesPerGpu } from '../memory/kv-cache';
import { kvBytesPerElement, stateBytesPerElement } from '../model-state-totals';
import type { MemoryContext } from '../per-gpu-memory';
import { logSteps } from '../solvers';
import {
  computeRate,
  decodeStepSeconds,
  decodeWeightBytes,
  prefillSeconds,
  type ComputeRate,
} from './decode-speed';
import type { EngineMemory } from './engine-memory';
import type { Engine } from './engines';
import { bandwidthEfficiency } from './serving-settings';
import { servingMemory } from './serving-memory';
import { servingNodes } from './serving-layout';

/** Aggregate decode speed at one concurrency. */
export interface DecodePoint {
  concurrency: number;
  /** Tokens per second of all sequences together. */
  tokensPerSecond: number;
  /** Tokens per second each sequence sees. */
  perSequence: number;
}

export interface ServingSpeed {
  efficiency: number;
  rate: ComputeRate;
  /** Seconds per decode step at the requested concurrency. */
  stepSeconds: number;
  /** Time to first token of one request arriving alone. */
  firstTokenAloneSeconds: number;
  /** Time to prefill every requested prompt, arriving together: the last one's first token. */
  prefillAllSeconds: number;
  curve: DecodePoint[];
}

/** Data-parallel replicas of the layout that reach the target throughput. */
export interface ServingReplicas {
  targetTokensPerSecond: number;
  perReplicaTokensPerSecond: number;
  replicas: number;
  gpus: number;
}

/** The serving plan on the layout in force (docs/method.md §11). */
export interface ServingPlan {
  engine: Engine;
  /** The engine's own accounting; null for plain PyTorch. */
  memory: EngineMemory | null;
  /** Whole nodes the layout occupies. */
  nodes: number;
  /** GPUs paid for: every GPU of each node once the plan spans nodes. */
  gpus: number;
  /** Requests of the requested length the KV pool holds at once (the engine's cap applied). */
  maxSequences: number;
  speed: ServingSpeed;
  replicas: ServingReplicas | null;
}

/**
 * The most sequences the engine runs at once: vLLM's max_num_seqs, TensorRT-LLM's max_batch_size,
 * SGLang's --max-running-requests when set.
 */
function sequenceCap(memory: EngineMemory | null, maxNumSeqs: number | null): number {
  const d = memory?.detail;
  if (d?.engine === 'vllm') return d.limits.maxNumSeqs;
  if (d?.engine === 'trtllm') return d.maxBatchSize;
  if (d?.engine === 'sglang') return maxNumSeqs ?? Number.POSITIVE_INFINITY;
  return Number.POSITIVE_INFINITY;
}

/** Speed on the layout: decode at every concurrency up to what fits, and time to first token. */
function servingSpeed(
  ctx: MemoryContext,
  result: LayoutResult,
  maxSequences: number,
  chunkTokens: number,
): ServingSpeed {
  const s = ctx.scenario;
  const { tensorParallel: t, pipelineParallel: pp } = result.layout;
  const efficiency = bandwidthEfficiency(s);
  const weightsPerGpu = ctx.states.weights / (t * pp);
  const average = s.seqLen + s.generatedTokens / 2;
  const kvPerSequence = kvCacheBytesPerGpu(
    s.model,
    kvBytesPerElement(s),
    cachedTokens(s.model, average, 0),
    1,
    t,
    pp,
    stateBytesPerElement(s),
  );
  const bandwidth = s.gpu.bandwidthBytesPerSecond;
  const rate = computeRate(s.gpu, s.dtype);
  // A large batch turns the step compute-bound: 2 FLOPs per active parameter per sequence.
  const step = (batch: number) =>
    Math.max(
      decodeStepSeconds(
        decodeWeightBytes(s.model, ctx.params.total, weightsPerGpu, batch) + batch * kvPerSequence,
        bandwidth,
        efficiency,
        pp,
      ),
      (2 * ctx.params.active * batch) / (t * rate.flops * s.utilization),
    );
  const top = Math.max(1, Math.min(maxSequences, 4096));
  const curve = logSteps(1, top).map((concurrency) => ({
    concurrency,
    tokensPerSecond: concurrency / step(concurrency),
    perSequence: 1 / step(concurrency),
  }));
  // An unstated bandwidth (0) sets no floor under the prefill time.
  const weightRead =
    bandwidth > 0 ? decodeStepSeconds(weightsPerGpu, bandwidth, efficiency, pp) : 0;
  const prefill = (tokens: number) =>
    prefillSeconds(
      ctx.params.active,
      tokens,
      t * pp,
      rate.flops,
      s.utilization,
      chunkTokens,
      weightRead,
    );
  return {
    efficiency,
    rate,
    stepSeconds: step(s.batch),
    firstTokenAloneSeconds: prefill(s.seqLen),
    prefillAllSeconds: prefill(s.seqLen * s.batch),
    curve,
  };
}

/** Prompt tokens one forward pass takes: the engine's chunk, or the whole batch for plain PyTorch. */
function chunkTokensOf(memory: EngineMemory | null, s: MemoryContext['scenario']): number {
  const d = memory?.detail;
  if (d?.engine === 'vllm') return d.limits.maxNumBatchedTokens;
  if (d?.engine === 'sglang') return d.chunkedPrefillSize;
  if (d?.engine === 'trtllm') return d.maxNumTokens;
  if (d?.engine === 'llamacpp') return 2048;
  return s.seqLen * s.batch;
}

/** The serving plan for an inference estimate on its layout. */
export function servingPlan(ctx: MemoryContext, result: LayoutResult): ServingPlan {
  const s = ctx.scenario;
  const { tensorParallel, pipelineParallel } = result.layout;
  const memory = servingMemory({
    s,
    params: ctx.params,
    weightsBytes: ctx.states.weights,
    tensorParallel,
    pipelineParallel,
    detailed: true,
  });
  const perRequest = memory ? memory.requestBytes / s.batch : 0;
  const fitting = memory
    ? perRequest > 0
      ? Math.floor(memory.kvPoolBytes / perRequest)
      : 0
    : result.fits
      ? s.batch
      : 0;
  const maxSequences = Math.min(fitting, sequenceCap(memory, s.maxNumSeqs));
  const speed = servingSpeed(ctx, result, Math.max(maxSequences, 1), chunkTokensOf(memory, s));
  const nodes = servingNodes(result.layout, s.gpu.gpusPerNode);
  const gpus = nodes > 1 ? nodes * s.gpu.gpusPerNode : result.gpus;
  const perReplica = Math.min(s.batch, Math.max(maxSequences, 1)) / speed.stepSeconds;
  const replicas =
    s.targetTokensPerSecond > 0 && perReplica > 0
      ? {
          targetTokensPerSecond: s.targetTokensPerSecond,
          perReplicaTokensPerSecond: perReplica,
          replicas: Math.max(1, Math.ceil(s.targetTokensPerSecond / perReplica)),
          gpus: Math.max(1, Math.ceil(s.targetTokensPerSecond / perReplica)) * gpus,
        }
      : null;
  return { engine: s.engine, memory, nodes, gpus, maxSequences, speed, replicas };
}
