import { mibToBytes } from '../units';

/**
 * The serving engines the planner models. `hf` is plain PyTorch / Hugging Face transformers: the
 * textbook estimate of docs/method.md §6, with no engine of its own reserving memory.
 */
export const ENGINES = ['vllm', 'sglang', 'trtllm', 'llamacpp', 'hf'] as const;
export type Engine = (typeof ENGINES)[number];

export const ENGINE_NAMES: Readonly<Record<Engine, string>> = {
  vllm: 'vLLM',
  sglang: 'SGLang',
  trtllm: 'TensorRT-LLM',
  llamacpp: 'llama.cpp',
  hf: 'plain PyTorch / Hugging Face',
};

/**
 * How vLLM is started, which picks its batch defaults: `vllm serve` (the OpenAI-compatible
 * server, UsageContext.OPENAI_API_SERVER) or the Python `LLM` class and `vllm bench` (LLM_CLASS).
 */
export const SERVING_ENTRIES = ['serve', 'llm'] as const;
export type ServingEntry = (typeof SERVING_ENTRIES)[number];

/** A constant an engine uses, and where in the engine's code or documentation it comes from. */
export interface Sourced {
  value: number;
  source: string;
}

/**
 * Memory the driver keeps from CUDA: nvidia-smi's Total less the total torch.cuda.mem_get_info()
 * reports, which is what every engine budgets from. vLLM printed total_gpu_memory 79.22 GiB
 * (vLLM PR #10511) and 79.19 GiB (kubernetes-sigs/gateway-api-inference-extension PR #550) on an
 * H100 whose nvidia-smi Total is 81,559 MiB (438 and 468 MiB less), and 23.58 GiB on an RTX 3090
 * of 24,576 MiB (vLLM issue #10517, 430 MiB less).
 */
export const CUDA_HIDDEN_BYTES: Sourced = {
  value: mibToBytes(450),
  source:
    'nvidia-smi Total less the total vLLM prints: 81,559 MiB vs "total_gpu_memory 79.22GiB" (vLLM PR #10511) and "(79.19GiB)" (gateway-api-inference-extension PR #550) on H100; 24,576 MiB vs "total_gpu_memory=23.58GiB" on RTX 3090 (vLLM issue #10517)',
};

/**
 * Memory in use on a GPU when an engine starts, before it loads anything: the CUDA context.
 * vLLM PR #21489 logs "Free memory on device (177.66/178.36 GiB) on startup", 0.70 GiB in use.
 */
export const STARTUP_USED_BYTES: Sourced = {
  value: 0.7 * 2 ** 30,
  source:
    'vLLM PR #21489: "Free memory on device (177.66/178.36 GiB) on startup", 0.70 GiB in use before loading',
};

/** The memory an engine budgets from: the driver's total less what CUDA never sees. */
export const cudaTotalBytes = (driverTotalBytes: number): number =>
  driverTotalBytes - CUDA_HIDDEN_BYTES.value;
