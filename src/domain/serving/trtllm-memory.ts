import { cacheLayerGroups, kvScaleBytes, stageCacheGroups } from '../memory/kv-cache';
import { inferenceActivationBytes } from '../memory/inference-activations';
import {
  activationBytesPerElement,
  kvBytesPerElement,
  kvElement,
  stateBytesPerElement,
} from '../model-state-totals';
import { cudaTotalBytes, STARTUP_USED_BYTES } from './engines';
import type { EngineMemory, ServingInput } from './engine-memory';
import { requestTokens } from './serving-settings';
import {
  TRTLLM_FREE_FRACTION,
  TRTLLM_MAX_BATCH_SIZE,
  TRTLLM_MAX_NUM_TOKENS,
  TRTLLM_TOKENS_PER_BLOCK,
  trtllmKvBytes,
  trtllmTokens,
} from './trtllm';

/**
 * One TensorRT-LLM GPU (docs/method.md §11): after loading and a profile run of max_num_tokens,
 * free_gpu_memory_fraction of what is still free becomes the KV cache, in blocks of 32 tokens.
 */
export function trtllmMemory({
  s,
  weightsBytes,
  tensorParallel,
  pipelineParallel,
}: ServingInput): EngineMemory {
  const m = s.model;
  const total = cudaTotalBytes(s.gpu.memoryBytes);
  const maxNumTokens = s.maxNumBatchedTokens ?? TRTLLM_MAX_NUM_TOKENS.value;
  const weights = weightsBytes / (tensorParallel * pipelineParallel);
  const activations = inferenceActivationBytes(
    m,
    maxNumTokens,
    1,
    activationBytesPerElement(s),
    'fused',
    tensorParallel,
  );
  const peakBytes = STARTUP_USED_BYTES.value + weights + activations;
  const fraction = s.memoryFraction ?? TRTLLM_FREE_FRACTION.value;
  const pool = trtllmKvBytes(total, peakBytes, fraction);
  const groups = stageCacheGroups(
    m,
    cacheLayerGroups(m, kvBytesPerElement(s), tensorParallel, stateBytesPerElement(s)),
    pipelineParallel,
  );
  const bytesPerToken = groups.reduce((sum, g) => sum + g.layers * g.bytesPerToken, 0);
  const states = groups.reduce((sum, g) => sum + g.layers * g.bytesPerSequence, 0);
  const perBlock = TRTLLM_TOKENS_PER_BLOCK.value;
  const requestBytes =
    s.batch * (Math.ceil(requestTokens(s) / perBlock) * perBlock * bytesPerToken + states);
  const maxTokens = trtllmTokens(pool, bytesPerToken);
  return {
    parts: {
      weights,
      gradients: 0,
      optimizer: 0,
      activations,
      kvCache: requestBytes + kvScaleBytes(groups, kvElement(s).scaleBytesPerLayer),
      overhead:
        s.gpu.memoryBytes -
        total +
        STARTUP_USED_BYTES.value +
        Math.max(0, total - peakBytes) * (1 - fraction),
    },
    kvPoolBytes: Math.max(0, pool),
    requestBytes,
    starts: maxTokens > 0,
    detail: {
      engine: 'trtllm',
      fraction,
      maxNumTokens,
      maxBatchSize: s.maxNumSeqs ?? TRTLLM_MAX_BATCH_SIZE.value,
      peakBytes,
      bytesPerToken,
      maxTokens,
      blocks: Math.floor(maxTokens / perBlock),
      tokensPerBlock: perBlock,
    },
  };
}
