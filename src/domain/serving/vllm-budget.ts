import { inferenceActivationBytes } from '../memory/inference-activations';
import type { ModelSpec } from '../model';
import { BYTES_PER_GIB } from '../units';
import type { Sourced } from './engines';

/**
 * Memory outside PyTorch's allocator that grows while vLLM starts (cuBLAS workspaces, NCCL and
 * custom all-reduce buffers), measured as `non_torch_memory`: 0.16 GiB at TP 1 in four logs of
 * 2025 (vLLM PR #14447 0.20, gateway-api-inference-extension PR #550 0.16, mellea PR #416 0.16,
 * kvcached PR #448 0.11), and 0.28 GiB at TP 4 (vLLM issue #15039): 0.04 GiB more per extra rank.
 */
export const VLLM_NON_TORCH_BASE: Sourced = {
  value: 0.16 * BYTES_PER_GIB,
  source:
    '"non_torch_memory takes 0.16GiB" at TP 1 (gateway-api-inference-extension PR #550; mellea PR #416)',
};
export const VLLM_NON_TORCH_PER_RANK: Sourced = {
  value: 0.04 * BYTES_PER_GIB,
  source:
    '"non_torch_memory takes 0.28GiB" at TP 4 (vLLM issue #15039): (0.28 − 0.16) / 3 per extra rank',
};

/**
 * vLLM's estimate of its CUDA graphs, subtracted from the KV cache since v0.21
 * (VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS, default on): 0.17 to 0.65 GiB on dense models in the
 * logs of gpustack/runner PR #251 ("Estimated CUDA graph memory: 0.36 GiB total"), club-3090
 * issue #127 (0.17), vLLM PR #30515 (0.26) and vLLM PR #21489 (0.65); their middle, 0.31 GiB.
 * `--enforce-eager` captures none.
 */
export const VLLM_CUDA_GRAPH_BYTES: Sourced = {
  value: 0.31 * BYTES_PER_GIB,
  source:
    '"Estimated CUDA graph memory: 0.36 GiB total" (gpustack/runner PR #251), 0.17 (club-3090 #127), 0.26 (vLLM PR #30515), 0.65 GiB (vLLM PR #21489): the middle of the four',
};

/**
 * Bytes per logit the profile run's sampler holds: the model's bf16 logits (2), their fp32 copy
 * (4), the softmax probabilities (4) and the exponential noise random_sample divides them by (4)
 * (vllm/v1/sample/sampler.py, vllm/v1/sample/ops/topk_topp_sampler.py).
 */
export const VLLM_SAMPLER_BYTES_PER_LOGIT: Sourced = {
  value: 14,
  source:
    'vllm/v1/sample/sampler.py: logits.to(torch.float32); topk_topp_sampler.py: probs = logits.softmax(dim=-1, dtype=torch.float32); q = torch.empty_like(probs); q.exponential_()',
};

/** non_torch_memory on one worker: the TP-1 figure plus NCCL's share for each further rank. */
export function vllmNonTorchBytes(tensorParallel: number): number {
  return VLLM_NON_TORCH_BASE.value + VLLM_NON_TORCH_PER_RANK.value * (tensorParallel - 1);
}

/** The profile run's peak: its forward pass and its sampler. */
export interface VllmActivationPeak {
  forward: number;
  sampler: number;
  total: number;
}

/**
 * The activation peak of vLLM's profile run (gpu_model_runner.profile_run): a dummy forward pass of
 * max_num_batched_tokens tokens (one layer's working set, docs/method.md §6) and a sampler run on
 * the last token of each of min(max_num_seqs, tokens) dummy requests, over the whole vocabulary on
 * every rank, 14 bytes per logit.
 */
export function vllmActivationPeak(
  m: ModelSpec,
  maxNumBatchedTokens: number,
  maxNumSeqs: number,
  tensorParallel: number,
  bytesPerElement: number,
): VllmActivationPeak {
  const forward = inferenceActivationBytes(
    m,
    maxNumBatchedTokens,
    1,
    bytesPerElement,
    'fused',
    tensorParallel,
  );
  const rows = Math.min(maxNumSeqs, maxNumBatchedTokens);
  const sampler = rows * m.vocab * VLLM_SAMPLER_BYTES_PER_LOGIT.value;
  return { forward, sampler, total: forward + sampler };
}

/** What one vLLM worker subtracts from its budget, in bytes. */
export interface VllmBudgetInput {
  /** The CUDA total of one GPU (torch.cuda.mem_get_info()[1]). */
  totalBytes: number;
  gpuMemoryUtilization: number;
  weightsBytes: number;
  activationBytes: number;
  nonTorchBytes: number;
  cudaGraphBytes: number;
}

export interface VllmBudget extends VllmBudgetInput {
  /** total × gpu_memory_utilization: "the current vLLM instance can use". */
  requestedBytes: number;
  nonKvBytes: number;
  /** "Available KV cache memory"; negative when the rest already exceeds the budget. */
  availableKvBytes: number;
}

/**
 * vLLM's KV budget per worker (Worker.determine_available_memory, vllm/v1/worker/gpu_worker.py):
 * total × gpu_memory_utilization − weights − activation peak − non-torch memory − CUDA graphs.
 */
export function vllmBudget(input: VllmBudgetInput): VllmBudget {
  const requestedBytes = input.totalBytes * input.gpuMemoryUtilization;
  const nonKvBytes =
    input.weightsBytes + input.activationBytes + input.nonTorchBytes + input.cudaGraphBytes;
  return { ...input, requestedBytes, nonKvBytes, availableKvBytes: requestedBytes - nonKvBytes };
}
