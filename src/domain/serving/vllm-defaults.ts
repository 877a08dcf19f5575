import { BYTES_PER_GIB } from '../units';
import type { ServingEntry, Sourced } from './engines';

/**
 * vLLM's default gpu_memory_utilization. Current vLLM: `gpu_memory_utilization: float =
 * Field(default=0.92, gt=0, le=1)` in vllm/config/cache.py (v0.25.0 and the stable CLI docs);
 * up to v0.2x the default was 0.9 ("If unspecified, will use the default value of 0.9", docs v0.6.4).
 */
export const VLLM_UTILIZATION: Sourced = {
  value: 0.92,
  source:
    'vllm/config/cache.py: gpu_memory_utilization: float = Field(default=0.92, gt=0, le=1) (v0.25.0; docs.vllm.ai/en/stable/cli/serve "Default: 0.92"); 0.9 in earlier releases (docs v0.6.4)',
};

/** Tokens per KV-cache block: `DEFAULT_BLOCK_SIZE: ClassVar[int] = 16` in vllm/config/cache.py. */
export const VLLM_BLOCK_SIZE: Sourced = {
  value: 16,
  source: 'vllm/config/cache.py: DEFAULT_BLOCK_SIZE: ClassVar[int] = 16',
};

/**
 * Attention block sizes of hybrid models are multiples of this kernel alignment when vLLM raises
 * them so that one attention page holds at least one linear-attention state
 * (HybridAttentionMambaModelConfig: "Setting attention block size to 544 tokens").
 */
export const VLLM_KERNEL_BLOCK_ALIGNMENT = 16;

/** GPUs of at least this much memory (and not an A100) get vLLM's larger batch defaults. */
const LARGE_GPU_BYTES = 70 * BYTES_PER_GIB;

export interface VllmBatchLimits {
  maxNumBatchedTokens: number;
  maxNumSeqs: number;
}

/**
 * vLLM's per-GPU batch defaults (EngineArgs.get_batch_defaults, vllm/engine/arg_utils.py, v0.12+):
 * on GPUs of ≥ 70 GiB other than the A100, 8192 tokens for `vllm serve` and 16384 for the LLM
 * class, and 1024 sequences; otherwise 2048 / 8192 tokens and 256 sequences.
 */
export function vllmBatchDefaults(
  cudaTotalBytes: number,
  gpuName: string,
  entry: ServingEntry,
): VllmBatchLimits {
  // NOTE(Kuntai) in the source: large max_num_batched_tokens lowers throughput on the A100 (PR #17885).
  const large = cudaTotalBytes >= LARGE_GPU_BYTES && !/a100/i.test(gpuName);
  if (large) return { maxNumBatchedTokens: entry === 'serve' ? 8192 : 16384, maxNumSeqs: 1024 };
  return { maxNumBatchedTokens: entry === 'serve' ? 2048 : 8192, maxNumSeqs: 256 };
}

/**
 * The limits in force (EngineArgs._set_default_max_num_seqs_and_batched_tokens_args): an unset
 * max_num_batched_tokens is the default capped at max_num_seqs × max_model_len, and an unset
 * max_num_seqs is capped at max_num_batched_tokens. Chunked prefill is always on in vLLM V1.
 */
export function vllmBatchLimits(
  defaults: VllmBatchLimits,
  chosen: { maxNumBatchedTokens: number | null; maxNumSeqs: number | null },
  maxModelLen: number,
): VllmBatchLimits {
  const seqs = chosen.maxNumSeqs ?? defaults.maxNumSeqs;
  const tokens =
    chosen.maxNumBatchedTokens ?? Math.min(seqs * maxModelLen, defaults.maxNumBatchedTokens);
  return { maxNumBatchedTokens: tokens, maxNumSeqs: chosen.maxNumSeqs ?? Math.min(seqs, tokens) };
}
