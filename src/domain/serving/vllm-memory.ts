import { cacheLayerGroups, kvScaleBytes, stageCacheGroups } from '../memory/kv-cache';
import {
  activationBytesPerElement,
  kvBytesPerElement,
  kvElement,
  stateBytesPerElement,
} from '../model-state-totals';
import { cudaTotalBytes } from './engines';
import type { EngineMemory, ServingInput } from './engine-memory';
import { requestTokens, servedModelLen } from './serving-settings';
import {
  VLLM_CUDA_GRAPH_BYTES,
  vllmActivationPeak,
  vllmBudget,
  vllmNonTorchBytes,
} from './vllm-budget';
import {
  VLLM_BLOCK_SIZE,
  VLLM_UTILIZATION,
  vllmBatchDefaults,
  vllmBatchLimits,
} from './vllm-defaults';
import {
  poolBlockBytes,
  poolBlocksPerRequest,
  vllmBlocks,
  vllmLongestModelLen,
  vllmMaxConcurrency,
  vllmPageLayout,
  vllmStartNeedBytes,
} from './vllm-pages';

/**
 * One vLLM worker (docs/method.md §11): the budget total × gpu_memory_utilization less weights,
 * the profile run's activation peak, non-torch memory and CUDA graphs is the KV pool, paged in
 * blocks per layer kind. The busiest worker is the last pipeline stage, which also samples.
 */
export function vllmMemory({
  s,
  weightsBytes,
  tensorParallel,
  pipelineParallel,
  detailed = false,
}: ServingInput): EngineMemory {
  const m = s.model;
  const total = cudaTotalBytes(s.gpu.memoryBytes);
  const maxModelLen = servedModelLen(s);
  const limits = vllmBatchLimits(
    vllmBatchDefaults(total, s.gpu.name, s.servingEntry),
    s,
    maxModelLen,
  );
  const activation = vllmActivationPeak(
    m,
    limits.maxNumBatchedTokens,
    limits.maxNumSeqs,
    tensorParallel,
    activationBytesPerElement(s),
  );
  const budget = vllmBudget({
    totalBytes: total,
    gpuMemoryUtilization: s.memoryFraction ?? VLLM_UTILIZATION.value,
    weightsBytes: weightsBytes / (tensorParallel * pipelineParallel),
    activationBytes: activation.total,
    nonTorchBytes: vllmNonTorchBytes(tensorParallel),
    cudaGraphBytes: s.cudaGraphs ? VLLM_CUDA_GRAPH_BYTES.value : 0,
  });
  const groups = stageCacheGroups(
    m,
    cacheLayerGroups(m, kvBytesPerElement(s), tensorParallel, stateBytesPerElement(s)),
    pipelineParallel,
  );
  const pages = vllmPageLayout(groups, VLLM_BLOCK_SIZE.value);
  const blocks = vllmBlocks(pages, budget.availableKvBytes);
  const mnbt = limits.maxNumBatchedTokens;
  const requestBlocks = s.batch * poolBlocksPerRequest(pages, requestTokens(s), mnbt);
  const requestBytes = requestBlocks * poolBlockBytes(pages);
  const startNeedBytes = vllmStartNeedBytes(pages, maxModelLen, mnbt);
  const starts = budget.availableKvBytes > 0 && startNeedBytes <= budget.availableKvBytes;
  return {
    parts: {
      weights: budget.weightsBytes,
      gradients: 0,
      optimizer: 0,
      activations: budget.activationBytes,
      kvCache:
        Math.max(requestBytes, startNeedBytes) +
        kvScaleBytes(groups, kvElement(s).scaleBytesPerLayer),
      overhead:
        s.gpu.memoryBytes - budget.requestedBytes + budget.nonTorchBytes + budget.cudaGraphBytes,
    },
    kvPoolBytes: Math.max(0, budget.availableKvBytes),
    requestBytes,
    starts,
    detail: {
      engine: 'vllm',
      limits,
      budget,
      pages,
      blocks,
      maxModelLen,
      concurrency: vllmMaxConcurrency(pages, blocks.numBlocks, maxModelLen, mnbt),
      longestModelLen: detailed
        ? vllmLongestModelLen(
            pages,
            budget.availableKvBytes,
            mnbt,
            Math.max(m.maxPositions, maxModelLen),
          )
        : 0,
      startNeedBytes,
      requestBlocks,
    },
  };
}
