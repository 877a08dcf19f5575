import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate';
import { cacheLayerGroups, stageCacheGroups } from '../memory/kv-cache';
import { defineModel } from '../model';
import { freshScenario } from '../scenario';
import { BYTES_PER_GIB, BYTES_PER_MIB, mibToBytes } from '../units';
import { QWEN3_235B, relativeError } from '../../test/serving-models';
import { KV_FORMATS } from '../formats/kv-formats';
import {
  LLAMACPP_CACHE_ELEMENTS,
  llamaCppComputeBytes,
  llamaCppKvBytes,
  llamaCppOffload,
} from './llamacpp';
import { sglangCellBytes, sglangGpuDefaults, sglangMemFractionStatic } from './sglang';
import { trtllmKvBytes } from './trtllm';
import { SERVING_ISSUE_CASE } from '../../test/scenario-fixtures';

const GiB = BYTES_PER_GIB;
const MiB = BYTES_PER_MIB;

describe('SGLang (docs/method.md §11.3)', () => {
  it('Qwen3-235B-A22B at TP 4: one KV head a rank, and the 367,404 printed tokens make the printed K and V sizes', () => {
    // https://github.com/vllm-project/vllm/issues/21348 (SGLang on the same box, --tp 4):
    // "KV Cache is allocated. #tokens: 367404, K size: 8.23 GB, V size: 8.23 GB" (GB = 2^30 bytes).
    const groups = stageCacheGroups(QWEN3_235B, cacheLayerGroups(QWEN3_235B, 2, 4, 2), 1);
    const bytes = 367_404 * sglangCellBytes(groups);
    expect((bytes / 2 / GiB).toFixed(2)).toBe('8.23');
  });

  // python/sglang/srt/server_args.py: reserved_mem = 512; reserved_mem += max(chunked_prefill_size,
  // 2048) * 1.5; reserved_mem += cuda_graph_max_bs * 2; reserved_mem += tp_size * pp_size / 8 * 1024;
  // if gpu_mem > 60 * 1024: reserved_mem = max(reserved_mem, 10 * 1024);
  // mem_fraction_static = round((gpu_mem - reserved_mem) / gpu_mem, 3)
  it.each([
    { gpu: 'H100 (81,559 MiB), TP 1', mib: 81559, tp: 1, reserved: 13440, fraction: 0.835 },
    { gpu: 'H100 (81,559 MiB), TP 8', mib: 81559, tp: 8, reserved: 14848, fraction: 0.818 },
    { gpu: 'RTX 4090 (24,564 MiB), TP 1', mib: 24564, tp: 1, reserved: 3760, fraction: 0.847 },
  ])(
    'default mem_fraction_static on $gpu: reserved $reserved MiB, fraction $fraction',
    ({ mib, tp, reserved, fraction }) => {
      expect(sglangMemFractionStatic(mib, tp, 1, sglangGpuDefaults(mib, tp))).toEqual({
        reservedMiB: reserved,
        fraction,
      });
    },
  );
});

describe('TensorRT-LLM (docs/method.md §11.3)', () => {
  it('the fraction is of the memory free after the profile run', () => {
    // A dynamo log-parser fixture quoted in the research notes: "Peak memory during memory usage
    // profiling (torch + non-torch): 91.46 GiB, available KV cache memory when calculating max
    // tokens: 41.11 GiB, fraction is set 0.85, ... device total memory 139.81 GiB"
    const kv = trtllmKvBytes(139.81 * GiB, 91.46 * GiB, 0.85) / GiB;
    expect(Math.abs(kv - 41.11)).toBeLessThan(0.02);
  });
});

describe('llama.cpp (docs/method.md §11.3)', () => {
  // A model of the log's shape: 36 layers of 2 KV heads × 128 ("n_embd_k_gqa = 256") and a
  // 151,936-token vocabulary (Qwen2.5-3B).
  const qwen3b = defineModel({
    name: 'Qwen2.5-3B shape',
    layers: 36,
    hidden: 2048,
    heads: 16,
    kvHeads: 2,
    intermediate: 11008,
    vocab: 151936,
  });

  it('f16 cache: 36 layers × 256 × 2 (K, V) × 2 bytes a cell, "KV self size = 144.00 MiB" at 4,096 cells', () => {
    // https://github.com/SciSharp/LLamaSharp/issues/1099: "llama_kv_cache_init: layer 35:
    // n_embd_k_gqa = 256, n_embd_v_gqa = 256" / "KV self size  =  144.00 MiB, K (f16):   72.00 MiB,
    // V (f16):   72.00 MiB" (the context is not printed; 4,096 cells is what these sizes give).
    const groups = cacheLayerGroups(qwen3b, 2, 1, 2);
    expect(llamaCppKvBytes(groups, 1, 4096, 512) / MiB).toBe(144);
  });

  it('the compute buffer is the ubatch’s f32 logits, within 3% of "CUDA0 compute buffer size = 300.75 MiB"', () => {
    // Same log (LLamaSharp issue #1099), default n_ubatch 512.
    expect(relativeError(llamaCppComputeBytes(qwen3b.vocab, 512) / MiB, 300.75)).toBeLessThan(0.03);
  });

  it('q8_0 and q4_0 cache types store the catalogue’s blocks, one f16 scale per 32 values (ggml-common.h)', () => {
    expect(LLAMACPP_CACHE_ELEMENTS.q8_0).toBe('q8_0');
    expect(LLAMACPP_CACHE_ELEMENTS.q4_0).toBe('q4_0');
    expect(KV_FORMATS.q8_0.bytesPerElement).toBe(34 / 32);
    expect(KV_FORMATS.q4_0.bytesPerElement).toBe(18 / 32);
  });

  it('-ngl n puts the output layer and n − 1 repeating layers on the GPU', () => {
    expect(llamaCppOffload(32, null)).toEqual({ repeating: 32, output: true });
    expect(llamaCppOffload(32, 10)).toEqual({ repeating: 9, output: true });
    expect(llamaCppOffload(32, 0)).toEqual({ repeating: 0, output: false });
  });
});

describe('the engines in the estimate', () => {
  it('the issue’s case: vLLM profiles one batch of max_num_batched_tokens, not all 16 prompts, and holds about twice what the textbook estimate does', () => {
    const vllm = estimate(freshScenario(SERVING_ISSUE_CASE));
    const hf = estimate(
      freshScenario({ ...SERVING_ISSUE_CASE, engine: 'hf', layout: 'manual', tensorParallel: 4 }),
    );
    expect(vllm.layout.layout.tensorParallel).toBe(4);
    expect(vllm.layout.perGpu.activations).toBeLessThan(hf.layout.perGpu.activations / 4);
    expect(vllm.serving!.maxSequences).toBeGreaterThan(1.5 * 28);
  });

  it('the activation peak of vLLM does not grow with the number of requests', () => {
    const tp4 = { ...SERVING_ISSUE_CASE, layout: 'manual' as const, tensorParallel: 4 };
    const few = estimate(freshScenario({ ...tp4, batch: 1 }));
    const many = estimate(freshScenario({ ...tp4, batch: 40 }));
    expect(many.layout.perGpu.activations).toBe(few.layout.perGpu.activations);
  });

  it('every engine’s parts add up to the card when its pool is exactly full', () => {
    for (const engine of ['vllm', 'sglang', 'trtllm'] as const) {
      const e = estimate(freshScenario({ ...SERVING_ISSUE_CASE, engine }));
      const memory = e.serving!.memory!;
      const rest = e.layout.perGpuBytes - e.layout.perGpu.kvCache;
      expect(rest + memory.kvPoolBytes).toBeCloseTo(mibToBytes(81559), -3);
    }
  });
});

describe('show the work under an engine', () => {
  it.each(['vllm', 'sglang', 'trtllm', 'llamacpp'] as const)(
    '%s: each part’s work gives the bytes of that part, with the engine’s source',
    (engine) => {
      const e = estimate(
        freshScenario({
          mode: 'inference',
          model: 'llama-3.1-8b',
          gpu: 'h100-80gb',
          batch: 8,
          engine,
        }),
      );
      for (const item of e.work) expect(item.perGpuBytes).toBe(e.layout.perGpu[item.part]);
      const kv = e.work.find((item) => item.part === 'kvCache')!;
      expect(kv.source).toMatch(/docs\/method\.md §11/);
    },
  );
});
