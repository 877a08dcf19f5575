import type { Sourced } from './engines';

/** KvCacheConfig.free_gpu_memory_fraction: "The default for free_gpu_memory_fraction is 0.9". */
export const TRTLLM_FREE_FRACTION: Sourced = {
  value: 0.9,
  source:
    'tensorrt_llm/llmapi/llm_args.py KvCacheConfig.free_gpu_memory_fraction: Field(default=0.9); docs "How to Change KV Cache Behavior": "The default for free_gpu_memory_fraction is 0.9"',
};

/** Tokens per KV-cache block: TensorRT-LLM issue #8961 log "tokens per block=32". */
export const TRTLLM_TOKENS_PER_BLOCK: Sourced = {
  value: 32,
  source: 'TensorRT-LLM issue #8961 log: "tokens per block=32" (KvCacheConfig default)',
};

/** trtllm-serve's --max_num_tokens and --max_batch_size defaults. */
export const TRTLLM_MAX_NUM_TOKENS: Sourced = {
  value: 8192,
  source: 'trtllm-serve --max_num_tokens, default 8192 (TensorRT-LLM trtllm-serve reference)',
};
export const TRTLLM_MAX_BATCH_SIZE: Sourced = {
  value: 256,
  source: 'trtllm-serve --max_batch_size, default 256 (TensorRT-LLM trtllm-serve reference)',
};

/**
 * TensorRT-LLM's KV budget on one GPU (PyTorch backend, tensorrt_llm/_torch/pyexecutor/_util.py):
 * (total − peak memory of the profile run) × free_gpu_memory_fraction, where the peak counts the
 * weights, the profile's activations and everything outside torch. So the fraction is of what is
 * free after loading, not of the whole card (vLLM PR #5158: "in TRT the 0.9 is applied on the
 * memory that is available after the model is loaded").
 */
export function trtllmKvBytes(totalBytes: number, peakBytes: number, fraction: number): number {
  return (totalBytes - peakBytes) * fraction;
}

/** max_tokens = available_kv_mem // kv_size_per_token, and the 32-token blocks they fill. */
export function trtllmTokens(kvBytes: number, bytesPerToken: number): number {
  return bytesPerToken > 0 ? Math.max(0, Math.floor(kvBytes / bytesPerToken)) : 0;
}
