import { cacheLayerGroups, kvScaleBytes, stageCacheGroups } from '../memory/kv-cache';
import { kvBytesPerElement, kvElement, stateBytesPerElement } from '../model-state-totals';
import { cudaTotalBytes, STARTUP_USED_BYTES } from './engines';
import type { EngineMemory, ServingInput } from './engine-memory';
import { requestTokens } from './serving-settings';
import {
  sglangCellBytes,
  sglangGpuDefaults,
  sglangMaxTotalTokens,
  sglangMemFractionStatic,
  sglangPoolBytes,
  toMiB,
} from './sglang';

/**
 * One SGLang GPU (docs/method.md §11): mem_fraction_static of the memory free at start holds the
 * weights and the KV pool; the rest is left to activations and CUDA graphs. A token takes one cell.
 */
export function sglangMemory({
  s,
  weightsBytes,
  tensorParallel,
  pipelineParallel,
}: ServingInput): EngineMemory {
  const m = s.model;
  const gpuMemMiB = toMiB(s.gpu.memoryBytes);
  const defaults = sglangGpuDefaults(gpuMemMiB, tensorParallel);
  const chunkedPrefillSize = s.maxNumBatchedTokens ?? defaults.chunkedPrefillSize;
  const auto = sglangMemFractionStatic(gpuMemMiB, tensorParallel, pipelineParallel, {
    ...defaults,
    chunkedPrefillSize,
  });
  const fraction = s.memoryFraction ?? auto.fraction;
  const freeAtStartBytes = cudaTotalBytes(s.gpu.memoryBytes) - STARTUP_USED_BYTES.value;
  const weights = weightsBytes / (tensorParallel * pipelineParallel);
  const pool = sglangPoolBytes(freeAtStartBytes, fraction, weights);
  const groups = stageCacheGroups(
    m,
    cacheLayerGroups(m, kvBytesPerElement(s), tensorParallel, stateBytesPerElement(s)),
    pipelineParallel,
  );
  const cellBytes = sglangCellBytes(groups);
  const states = groups.reduce((sum, g) => sum + g.layers * g.bytesPerSequence, 0);
  const tokens = requestTokens(s);
  const requestBytes = s.batch * (tokens * cellBytes + states);
  const maxTotalTokens = sglangMaxTotalTokens(pool, cellBytes);
  return {
    parts: {
      weights,
      gradients: 0,
      optimizer: 0,
      activations: 0,
      kvCache: requestBytes + kvScaleBytes(groups, kvElement(s).scaleBytesPerLayer),
      overhead: s.gpu.memoryBytes - freeAtStartBytes * fraction,
    },
    kvPoolBytes: Math.max(0, pool),
    requestBytes,
    starts: maxTotalTokens > 0,
    detail: {
      engine: 'sglang',
      defaults,
      chunkedPrefillSize,
      fraction,
      reservedMiB: auto.reservedMiB,
      freeAtStartBytes,
      cellBytes,
      maxTotalTokens,
      requestTokens: tokens,
    },
  };
}
