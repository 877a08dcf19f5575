import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineModel } from '../model';
import { countParameters } from '../parameters';
import { BYTES_PER_GIB } from '../units';
import { pagesOf, preset, QWEN2_5_0_5B, relativeError } from '../../test/serving-models';
import { cacheLayerGroups } from '../memory/kv-cache';
import { cudaTotalBytes } from './engines';
import { vllmActivationPeak, vllmBudget, vllmNonTorchBytes } from './vllm-budget';
import { vllmBatchDefaults, vllmBatchLimits } from './vllm-defaults';
import {
  poolBlocksPerRequest,
  vllmBlocks,
  vllmLongestModelLen,
  vllmMaxConcurrency,
  vllmPageLayout,
  vllmStartNeedBytes,
} from './vllm-pages';
import { mibToBytes } from '../units';

const GiB = BYTES_PER_GIB;

describe('our models of what vLLM measures, against the logs (docs/method.md §11)', () => {
  it.each([
    {
      log: '"non_torch_memory takes 0.16GiB" (TP 1), https://github.com/kubernetes-sigs/gateway-api-inference-extension/pull/550',
      tp: 1,
      printed: 0.16,
    },
    {
      log: '"non_torch_memory takes 0.20GiB" (TP 1), https://github.com/vllm-project/vllm/pull/14447',
      tp: 1,
      printed: 0.2,
    },
    {
      log: '"`non_torch_increase` | 0.11 GiB" (TP 1), https://github.com/ovg-project/kvcached/pull/448',
      tp: 1,
      printed: 0.11,
    },
    {
      log: '"non_torch_memory takes 0.28GiB" (TP 4), https://github.com/vllm-project/vllm/issues/15039',
      tp: 4,
      printed: 0.28,
    },
  ])('non-torch memory within 0.05 GiB of $log', ({ tp, printed }) => {
    expect(Math.abs(vllmNonTorchBytes(tp) / GiB - printed)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it.each([
    {
      name: 'Qwen2.5-0.5B on an A100 40GB, `vllm serve` defaults (2,048 tokens, 256 sequences)',
      log: '"`torch_peak_increase` | 0.59 GiB", https://github.com/ovg-project/kvcached/pull/448',
      model: QWEN2_5_0_5B,
      tokens: 2048,
      seqs: 256,
      tp: 1,
      printed: 0.59,
      tolerance: 0.05,
    },
    {
      name: 'Llama-3-8B on an H100, V0 profile of max_model_len 8,192 tokens and 256 sequences',
      log: '"PyTorch activation peak memory 1.26GiB", https://github.com/vllm-project/vllm/pull/10511',
      model: preset('llama-3.1-8b'),
      tokens: 8192,
      seqs: 256,
      tp: 1,
      printed: 1.26,
      tolerance: 0.2,
    },
    {
      name: 'Llama-3-70B at TP 4 (a worker without the driver), chunked prefill of 2,048 tokens and 256 sequences',
      log: '"(VllmWorkerProcess ...) PyTorch activation peak memory takes 0.73GiB", https://github.com/vllm-project/vllm/issues/15039',
      model: preset('llama-3.1-70b'),
      tokens: 2048,
      seqs: 256,
      tp: 4,
      printed: 0.73,
      tolerance: 0.15,
    },
  ])(
    'activation peak: $name, within $tolerance of $log',
    ({ model, tokens, seqs, tp, printed, tolerance }) => {
      const peak = vllmActivationPeak(model, tokens, seqs, tp, 2).total / GiB;
      expect(relativeError(peak, printed)).toBeLessThanOrEqual(tolerance);
    },
  );

  it('end to end on our own figures: Llama-2-7B on an H100 (81,559 MiB) at 0.9 gives the log’s 56.18 GiB within 3%', () => {
    // https://github.com/kubernetes-sigs/gateway-api-inference-extension/pull/550: "the rest of the
    // memory reserved for KV Cache is 56.18GiB" (its 2.38 GiB activation peak includes LoRA buffers).
    const m = preset('llama-2-7b');
    const limits = vllmBatchDefaults(cudaTotalBytes(mibToBytes(81559)), 'H100 80GB', 'serve');
    const budget = vllmBudget({
      totalBytes: cudaTotalBytes(mibToBytes(81559)),
      gpuMemoryUtilization: 0.9,
      weightsBytes: countParameters(m).total * 2,
      activationBytes: vllmActivationPeak(m, limits.maxNumBatchedTokens, limits.maxNumSeqs, 1, 2)
        .total,
      nonTorchBytes: vllmNonTorchBytes(1),
      cudaGraphBytes: 0,
    });
    expect(relativeError(budget.availableKvBytes / GiB, 56.18)).toBeLessThan(0.03);
    expect(
      relativeError(vllmBlocks(pagesOf(m, 1), budget.availableKvBytes).numBlocks, 7191),
    ).toBeLessThan(0.03);
  });
});

describe('vLLM defaults (EngineArgs.get_batch_defaults, vllm/engine/arg_utils.py)', () => {
  it.each([
    { gpu: 'H100 80GB', gib: 79.2, entry: 'serve' as const, tokens: 8192, seqs: 1024 },
    { gpu: 'H100 80GB', gib: 79.2, entry: 'llm' as const, tokens: 16384, seqs: 1024 },
    { gpu: 'A100 80GB', gib: 79.2, entry: 'serve' as const, tokens: 2048, seqs: 256 },
    { gpu: 'RTX 4090 24GB', gib: 23.6, entry: 'serve' as const, tokens: 2048, seqs: 256 },
    { gpu: 'RTX 4090 24GB', gib: 23.6, entry: 'llm' as const, tokens: 8192, seqs: 256 },
  ])('$gpu, $entry: $tokens tokens, $seqs sequences', ({ gpu, gib, entry, tokens, seqs }) => {
    expect(vllmBatchDefaults(gib * GiB, gpu, entry)).toEqual({
      maxNumBatchedTokens: tokens,
      maxNumSeqs: seqs,
    });
  });

  it('an unset max_num_batched_tokens is capped at max_num_seqs × max_model_len, and max_num_seqs at the tokens', () => {
    const defaults = { maxNumBatchedTokens: 8192, maxNumSeqs: 1024 };
    expect(vllmBatchLimits(defaults, { maxNumBatchedTokens: null, maxNumSeqs: 2 }, 1000)).toEqual({
      maxNumBatchedTokens: 2000,
      maxNumSeqs: 2,
    });
    expect(vllmBatchLimits(defaults, { maxNumBatchedTokens: 512, maxNumSeqs: null }, 4096)).toEqual(
      { maxNumBatchedTokens: 512, maxNumSeqs: 512 },
    );
  });
});

describe('vLLM pages per layer kind (vllm/v1/kv_cache_interface.py, kv_cache_utils.py)', () => {
  it('full attention: Llama-3.1-8B bf16 pages 16 × 8 × 256 × 2 = 65,536 bytes a layer; one group of 32 layers', () => {
    const pages = pagesOf(preset('llama-3.1-8b'), 1);
    expect(pages).toMatchObject({ blockSize: 16, pageBytes: 65_536, groupSize: 32, groupCount: 1 });
  });

  it('MLA: DeepSeek-V3 pages 16 × 576 × 2 bytes on every TP rank, with no factor 2', () => {
    const deepseek = defineModel({
      name: 'MLA',
      layers: 61,
      hidden: 7168,
      heads: 128,
      headDim: 192,
      vHeadDim: 128,
      kvLoraRank: 512,
      qkRopeHeadDim: 64,
      intermediate: 18432,
      vocab: 129280,
    });
    expect(pagesOf(deepseek, 8).pageBytes).toBe(16 * 576 * 2);
  });

  it('sliding window 5 : 1 (Gemma-3-4B shape): groups of the 5 global layers, 29 local layers padded to 6 groups', () => {
    const gemma = defineModel({
      name: 'Gemma-3-4B shape',
      layers: 34,
      hidden: 2560,
      heads: 8,
      kvHeads: 4,
      headDim: 256,
      intermediate: 10240,
      vocab: 262208,
      slidingWindow: 1024,
      fullAttentionLayers: 5,
    });
    const pages = pagesOf(gemma, 1);
    expect(pages).toMatchObject({ groupSize: 5, groupCount: 7, paddingLayers: 1 });
    // A request of 32k tokens holds every token in the global group, the window in the local ones.
    expect(poolBlocksPerRequest(pages, 32_768, 8192)).toBe(2048 + 6 * (Math.ceil(9215 / 16) + 1));
  });

  it('linear attention: the attention block grows in steps of 16 until a page holds one state', () => {
    const groups = [
      { kind: 'full' as const, layers: 12, bytesPerToken: 1024, span: null, bytesPerSequence: 0 },
      {
        kind: 'linear' as const,
        layers: 36,
        bytesPerToken: 0,
        span: 0,
        bytesPerSequence: 540_000,
      },
    ];
    const pages = vllmPageLayout(groups, 16);
    expect(pages.blockSize).toBe(16 * Math.ceil(540_000 / (16 * 1024)));
    expect(pages.pageBytes).toBeGreaterThanOrEqual(540_000);
    expect(pages).toMatchObject({ groupSize: 12, groupCount: 4 });
  });

  it('the longest max_model_len that starts is what one request needs of the available memory', () => {
    const pages = pagesOf(preset('llama-3.1-8b'), 1);
    const available = 4 * GiB;
    const longest = vllmLongestModelLen(pages, available, 2048, 131_072);
    expect(vllmStartNeedBytes(pages, longest, 2048)).toBeLessThanOrEqual(available);
    expect(vllmStartNeedBytes(pages, longest + 1, 2048)).toBeGreaterThan(available);
    expect(longest).toBe(Math.floor(available / (32 * 65_536)) * 16);
  });
});

describe('vLLM properties', () => {
  const models = fc.constantFrom('llama-3.1-8b', 'llama-2-7b', 'llama-3.1-70b', 'mixtral-8x7b');

  it('more gpu_memory_utilization never gives fewer blocks', () => {
    fc.assert(
      fc.property(
        models,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (id, a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const pages = pagesOf(preset(id), 1);
          const blocks = (util: number) =>
            vllmBlocks(
              pages,
              vllmBudget({
                totalBytes: 80 * GiB,
                gpuMemoryUtilization: util,
                weightsBytes: 10 * GiB,
                activationBytes: GiB,
                nonTorchBytes: 0.2 * GiB,
                cudaGraphBytes: 0.3 * GiB,
              }).availableKvBytes,
            ).numBlocks;
          expect(blocks(high)).toBeGreaterThanOrEqual(blocks(low));
        },
      ),
    );
  });

  it('a longer max_model_len never gives more concurrency, and vLLM refuses exactly when one request exceeds the memory', () => {
    fc.assert(
      fc.property(
        models,
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (id, a, b, gib) => {
          const m = preset(id);
          const pages = vllmPageLayout(cacheLayerGroups(m, 2, 1, 2), 16);
          const available = gib * GiB;
          const { numBlocks } = vllmBlocks(pages, available);
          const [short, long] = a < b ? [a, b] : [b, a];
          expect(vllmMaxConcurrency(pages, numBlocks, long, 2048)).toBeLessThanOrEqual(
            vllmMaxConcurrency(pages, numBlocks, short, 2048),
          );
          const starts = vllmLongestModelLen(pages, available, 2048, 1e6) >= long;
          expect(starts).toBe(vllmStartNeedBytes(pages, long, 2048) <= available);
        },
      ),
    );
  });
});
