import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../model';
import { countParameters } from '../parameters';
import { BYTES_PER_GIB } from '../units';
import {
  pagesOf,
  preset,
  QWEN2_5_0_5B,
  QWEN3_0_6B,
  QWEN3_235B,
  relativeError,
} from '../../test/serving-models';
import { vllmBudget } from './vllm-budget';
import { vllmBlocks, vllmMaxConcurrency, vllmStartNeedBytes } from './vllm-pages';

const GiB = BYTES_PER_GIB;

/**
 * Published vLLM start-up logs. Each row quotes the lines it reproduces. Our side: the weights
 * from our parameter count (bf16, split by TP), the budget rule of vllmBudget and the pages of
 * vllmPageLayout; the log's own total, utilisation, activation peak and non-torch memory are
 * inputs here (our models of those two are checked against the same logs in vllm-model.test.ts).
 * vLLM before v0.21 did not subtract CUDA graphs, so these rows have none.
 */
interface LogRow {
  name: string;
  url: string;
  quote: string;
  model: ModelSpec;
  tensorParallel: number;
  totalGiB: number;
  utilization: number;
  activationGiB: number;
  nonTorchGiB: number;
  /** The weights the log prints, to check ours against (vLLM also counts small buffers such as the rotary table). */
  weightsGiB: number;
  availableKvGiB: number;
  blocks: number | null;
  concurrency: { maxModelLen: number; printed: number } | null;
}

const ROWS: LogRow[] = [
  {
    name: 'Llama-3-8B, H100 80GB, TP 1',
    url: 'https://github.com/vllm-project/vllm/pull/10511 (youkaichao, 2024-12-14)',
    quote:
      'total_gpu_memory 79.22GiB / gpu_memory_utilization 0.90 / model weights take 14.96GiB / non_torch_memory 1.79GiB / PyTorch activation peak memory 1.26GiB / available_kv_cache_memory 53.29GiB',
    model: preset('llama-3.1-8b'),
    tensorParallel: 1,
    totalGiB: 79.22,
    utilization: 0.9,
    activationGiB: 1.26,
    nonTorchGiB: 1.79,
    weightsGiB: 14.96,
    availableKvGiB: 53.29,
    blocks: null,
    concurrency: null,
  },
  {
    name: 'Llama-3.1-8B-Instruct, RTX 3090, TP 1, max_model_len 20000',
    url: 'https://github.com/vllm-project/vllm/issues/10517 (kaspersiminski, 2024-12-02)',
    quote:
      'Loading model weights took 14.9888 GB / total_gpu_memory=23.58GiB ... peak_torch_memory=17.06GiB ... non_torch_memory=0.35GiB kv_cache_size=3.81GiB gpu_memory_utilization=0.90 / GPU blocks: 1952 / Maximum concurrency for 20000 tokens per request: 1.56x',
    model: preset('llama-3.1-8b'),
    tensorParallel: 1,
    totalGiB: 23.58,
    utilization: 0.9,
    // This log's peak_torch_memory includes the weights it loaded.
    activationGiB: 17.06 - 14.9888,
    nonTorchGiB: 0.35,
    weightsGiB: 14.9888,
    availableKvGiB: 3.81,
    blocks: 1952,
    concurrency: { maxModelLen: 20000, printed: 1.56 },
  },
  {
    name: 'Llama-2-7B, H100 80GB, TP 1',
    url: 'https://github.com/kubernetes-sigs/gateway-api-inference-extension/pull/550 (liu-cong, 2025-03-21)',
    quote:
      'total_gpu_memory (79.19GiB) x gpu_memory_utilization (0.90) = 71.27GiB / model weights take 12.55GiB; non_torch_memory takes 0.16GiB; PyTorch activation peak memory takes 2.38GiB; the rest of the memory reserved for KV Cache is 56.18GiB. / # cuda blocks: 7191',
    model: preset('llama-2-7b'),
    tensorParallel: 1,
    totalGiB: 79.19,
    utilization: 0.9,
    activationGiB: 2.38,
    nonTorchGiB: 0.16,
    weightsGiB: 12.55,
    availableKvGiB: 56.18,
    blocks: 7191,
    concurrency: null,
  },
  {
    name: 'Qwen3-0.6B, H100 80GB, TP 1, utilisation 0.80',
    url: 'https://github.com/generative-computing/mellea/pull/416 (planetf1, 2026-02-11)',
    quote:
      'total_gpu_memory (79.19GiB) x gpu_memory_utilization (0.80) = 63.35GiB / model weights take 1.12GiB; non_torch_memory takes 0.16GiB; PyTorch activation peak memory takes 0.23GiB; the rest of the memory reserved for KV Cache is 61.84GiB. / # cuda blocks: 36184 / Maximum concurrency for 8192 tokens per request: 70.67x',
    model: QWEN3_0_6B,
    tensorParallel: 1,
    totalGiB: 79.19,
    utilization: 0.8,
    activationGiB: 0.23,
    nonTorchGiB: 0.16,
    weightsGiB: 1.12,
    availableKvGiB: 61.84,
    blocks: 36184,
    concurrency: { maxModelLen: 8192, printed: 70.67 },
  },
  {
    name: 'Llama-3.x-70B, 4 × H100, TP 4, max_model_len 131072',
    url: 'https://github.com/vllm-project/vllm/issues/15039 (cjackal, 2025-03-19)',
    quote:
      'total_gpu_memory (79.33GiB) x gpu_memory_utilization (0.89) = 70.60GiB / model weights take 32.95GiB; non_torch_memory takes 0.28GiB; PyTorch activation peak memory takes 1.30GiB; the rest of the memory reserved for KV Cache is 36.07GiB. / # cuda blocks: 29547 / Maximum concurrency for 131072 tokens per request: 3.61x',
    model: preset('llama-3.1-70b'),
    tensorParallel: 4,
    totalGiB: 79.33,
    utilization: 0.89,
    activationGiB: 1.3,
    nonTorchGiB: 0.28,
    weightsGiB: 32.95,
    availableKvGiB: 36.07,
    blocks: 29547,
    concurrency: { maxModelLen: 131072, printed: 3.61 },
  },
  {
    name: 'Qwen2.5-0.5B, A100 40GB, TP 1, utilisation 0.92',
    url: 'https://github.com/ovg-project/kvcached/pull/448 (RixinLiu, 2026-08-19)',
    quote:
      '`weights_memory` 0.93 GiB / `torch_peak_increase` 0.59 GiB / `non_torch_increase` 0.11 GiB / real KV capacity 34.70 GiB; "Measured on an A100, `enforce_eager`, util 0.92, requested 36.33 GiB"',
    model: QWEN2_5_0_5B,
    tensorParallel: 1,
    totalGiB: 36.33 / 0.92,
    utilization: 0.92,
    activationGiB: 0.59,
    nonTorchGiB: 0.11,
    weightsGiB: 0.93,
    availableKvGiB: 34.7,
    blocks: null,
    concurrency: null,
  },
];

const oursFor = (row: LogRow) => {
  const weights = (countParameters(row.model).total * 2) / row.tensorParallel;
  const budget = vllmBudget({
    totalBytes: row.totalGiB * GiB,
    gpuMemoryUtilization: row.utilization,
    weightsBytes: weights,
    activationBytes: row.activationGiB * GiB,
    nonTorchBytes: row.nonTorchGiB * GiB,
    cudaGraphBytes: 0,
  });
  const pages = pagesOf(row.model, row.tensorParallel);
  return { weights, budget, pages, blocks: vllmBlocks(pages, budget.availableKvBytes) };
};

describe('vLLM start-up logs reproduced (docs/method.md §11)', () => {
  it.each(ROWS)('$name: weights within 2% ($url)', (row) => {
    expect(relativeError(oursFor(row).weights / GiB, row.weightsGiB)).toBeLessThan(0.02);
  });

  it.each(ROWS)('$name: available KV memory within 3% ($url)', (row) => {
    const { budget } = oursFor(row);
    expect(relativeError(budget.availableKvBytes / GiB, row.availableKvGiB)).toBeLessThan(0.03);
  });

  it.each(ROWS.filter((row) => row.blocks !== null))('$name: blocks within 3% ($url)', (row) => {
    expect(relativeError(oursFor(row).blocks.numBlocks, row.blocks!)).toBeLessThan(0.03);
  });

  it.each(ROWS.filter((row) => row.concurrency !== null))(
    '$name: maximum concurrency within 3% ($url)',
    (row) => {
      const { pages, blocks } = oursFor(row);
      const { maxModelLen, printed } = row.concurrency!;
      const ours = vllmMaxConcurrency(pages, blocks.numBlocks, maxModelLen, 2048);
      expect(relativeError(ours, printed)).toBeLessThan(0.03);
    },
  );

  it('Qwen3-235B-A22B-FP8 on 4 × H100 at TP 4 (one KV head per rank): the printed KV memory gives the printed tokens within 3%', () => {
    // https://github.com/vllm-project/vllm/issues/21348 (MMuzzammil1, 2025-07-22):
    // "Available KV cache memory: 8.11 GiB" / "GPU KV cache size: 178,880 tokens"
    const { tokens } = vllmBlocks(pagesOf(QWEN3_235B, 4), 8.11 * GiB);
    expect(relativeError(tokens, 178_880)).toBeLessThan(0.03);
  });

  it('Llama-3.1-70B w8a8: 1,381 blocks at max_model_len 2048 give the printed 10.79x', () => {
    // https://github.com/vllm-project/vllm/pull/12569 (mgoin, 2025-01-30):
    // "# GPU blocks: 1381" / "Maximum concurrency for 2048 tokens per request: 10.79x"
    const pages = pagesOf(preset('llama-3.1-70b'), 1);
    expect(vllmMaxConcurrency(pages, 1381, 2048, 2048)).toBeCloseTo(10.79, 2);
  });

  it('RTX 3090 at max_model_len 29000: vLLM refuses to start, and the tokens it could hold are those the error names', () => {
    // https://github.com/vllm-project/vllm/issues/10517: "peak_torch_memory=17.98GiB ...
    // kv_cache_size=2.89GiB ... # GPU blocks: 1478" and "The model's max seq len (29000) is larger
    // than the maximum number of tokens that can be stored in KV cache (23648)."
    const row = { ...ROWS[1]!, activationGiB: 17.98 - 14.9888 };
    const { budget, pages, blocks } = oursFor(row);
    expect(relativeError(budget.availableKvBytes / GiB, 2.89)).toBeLessThan(0.03);
    expect(relativeError(blocks.tokens, 23_648)).toBeLessThan(0.03);
    expect(vllmStartNeedBytes(pages, 29_000, 2048)).toBeGreaterThan(budget.availableKvBytes);
    expect(vllmStartNeedBytes(pages, 20_000, 2048)).toBeLessThan(budget.availableKvBytes);
  });
});
