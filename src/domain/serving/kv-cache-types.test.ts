import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate';
import { blockBitsPerWeight, blockF16, blockQ4_0, blockQ8_0 } from '../formats/ggml-blocks';
import { defineModel } from '../model';
import { kvElement } from '../model-state-totals';
import { freshScenario, KV_DTYPES, type Scenario } from '../scenario';
import { resolveScenario, validateScenario } from '../scenario-validation';
import { BYTES_PER_MIB } from '../units';
import { ENGINES } from './engines';
import { ENGINE_KV_VALUES, engineTakesKv, kvDtypeIssue } from './kv-cache-types';
import { launchCommand } from './launch-command';

const serving = (overrides: Partial<Scenario>): Scenario =>
  freshScenario({
    mode: 'inference',
    model: 'llama-3.1-8b',
    gpu: 'h100-80gb',
    batch: 8,
    ...overrides,
  });
const element = (overrides: Partial<Scenario>) => kvElement(resolveScenario(serving(overrides)));
const kvIssues = (overrides: Partial<Scenario>) =>
  validateScenario(serving(overrides)).filter((issue) => issue.field === 'kvDtype');

describe('bytes per KV element, from the block layouts (formats/kv-formats.ts)', () => {
  it('llama.cpp q8_0 and q4_0: the block’s bytes over its 32 elements, scales inside the block', () => {
    const q8 = element({ engine: 'llamacpp', kvDtype: 'q8_0' });
    expect(q8.bytesPerElement).toBe(blockBitsPerWeight(blockQ8_0()) / 8);
    expect(q8.scaleBytesPerLayer).toBe(0);
    expect(element({ engine: 'llamacpp', kvDtype: 'q4_0' }).bytesPerElement).toBe(
      blockBitsPerWeight(blockQ4_0()) / 8,
    );
  });

  it('llama.cpp: auto is its f16 and the old links’ int8 and int4 are q8_0 and q4_0, as before', () => {
    expect(element({ engine: 'llamacpp', kvDtype: 'auto' }).bytesPerElement).toBe(
      blockBitsPerWeight(blockF16()) / 8,
    );
    expect(element({ engine: 'llamacpp', kvDtype: 'int8' })).toEqual(
      element({ engine: 'llamacpp', kvDtype: 'q8_0' }),
    );
    expect(element({ engine: 'llamacpp', kvDtype: 'int4' })).toEqual(
      element({ engine: 'llamacpp', kvDtype: 'q4_0' }),
    );
  });

  it('fp8 e4m3 and e5m2: one byte, and vLLM’s fp32 k_scale and v_scale once per attention layer', () => {
    for (const kvDtype of ['fp8-e4m3', 'fp8-e5m2'] as const) {
      expect(element({ kvDtype })).toEqual({
        bytesPerElement: 1,
        scaleBytesPerLayer: 2 * Float32Array.BYTES_PER_ELEMENT,
      });
    }
  });

  it('the seed’s fp8 and int8 keep their flat byte and no scales, so old links give the same numbers', () => {
    expect(element({ kvDtype: 'fp8' })).toEqual({ bytesPerElement: 1, scaleBytesPerLayer: 0 });
    expect(element({ engine: 'hf', kvDtype: 'int8' })).toEqual({
      bytesPerElement: 1,
      scaleBytesPerLayer: 0,
    });
  });

  it('vLLM: fp8 e4m3 holds each token in half of bf16’s bytes, and its scales add 8 bytes per layer on the GPU', () => {
    const perGpu = (kvDtype: Scenario['kvDtype']) =>
      estimate(serving({ kvDtype, layout: 'manual', tensorParallel: 1 }));
    const e4m3 = perGpu('fp8-e4m3');
    const fp8 = perGpu('fp8');
    const bf16 = perGpu('bf16');
    const layers = e4m3.scenario.model.layers;
    expect(e4m3.layout.perGpu.kvCache - fp8.layout.perGpu.kvCache).toBe(layers * 8);
    expect(bf16.layout.perGpu.kvCache).toBe(2 * fp8.layout.perGpu.kvCache);
    const d = e4m3.serving!.memory!.detail;
    const b = bf16.serving!.memory!.detail;
    if (d.engine !== 'vllm' || b.engine !== 'vllm') throw new Error('expected vLLM');
    expect(d.pages.pageBytes).toBe(b.pages.pageBytes / 2);
  });

  it('SGLang: the scales are counted once per layer on the GPU, not once per sequence', () => {
    const kv = (kvDtype: Scenario['kvDtype'], batch: number) =>
      estimate(serving({ engine: 'sglang', kvDtype, batch, layout: 'manual', tensorParallel: 1 }));
    const layers = kv('fp8', 1).scenario.model.layers;
    for (const batch of [1, 4])
      expect(
        kv('fp8-e4m3', batch).layout.perGpu.kvCache - kv('fp8', batch).layout.perGpu.kvCache,
      ).toBe(layers * 8);
  });
});

describe('a published llama.cpp log with a q8_0 cache', () => {
  // https://github.com/ggml-org/llama.cpp/issues/11200 (bitbottrap, 2025-01-12), llama-server with a
  // qwen2.5-coder:1.5b draft: "llama_kv_cache_init: kv_size = 32768, offload = 1, type_k = 'q8_0',
  // type_v = 'q8_0', n_layer = 64" / "KV self size  = 4352.00 MiB, K (q8_0): 2176.00 MiB, V (q8_0):
  // 2176.00 MiB". The 64-layer Qwen2.5-Coder-32B: config.json hidden_size 5120,
  // num_attention_heads 40, num_key_value_heads 8, intermediate_size 27648, vocab_size 152064.
  const qwen32b = defineModel({
    name: 'Qwen2.5-Coder-32B',
    layers: 64,
    hidden: 5120,
    heads: 40,
    kvHeads: 8,
    intermediate: 27648,
    vocab: 152064,
    attentionBias: 'qkv',
    maxPositions: 32768,
  });
  const kvMiB = (kvDtype: Scenario['kvDtype']) =>
    estimate(
      serving({
        model: qwen32b,
        engine: 'llamacpp',
        dtype: 'gguf-q4_k_m',
        kvDtype,
        batch: 1,
        maxModelLen: 32768,
        layout: 'manual',
        pipelineParallel: 1,
      }),
    ).layout.perGpu.kvCache / BYTES_PER_MIB;

  it('32,768 cells of 64 layers in q8_0 make the printed 4,352.00 MiB exactly', () => {
    expect(kvMiB('q8_0').toFixed(2)).toBe('4352.00');
  });

  it('an old link’s int8 gives the same cache as q8_0', () => {
    expect(kvMiB('int8')).toBe(kvMiB('q8_0'));
  });
});

describe('which engine takes which KV type, and the message when it does not', () => {
  it('every KV dtype is taken by at least one engine, and auto by all', () => {
    for (const kv of KV_DTYPES)
      expect(ENGINES.some((engine) => engineTakesKv(engine, kv))).toBe(true);
    for (const engine of ENGINES) expect(engineTakesKv(engine, 'auto')).toBe(true);
  });

  it.each([
    {
      engine: 'vllm',
      kvDtype: 'q8_0',
      message:
        'vLLM has no q8_0 (llama.cpp) KV cache (llama.cpp has it); choose auto, fp32, bf16, fp16, fp8, fp8 e4m3 or fp8 e5m2',
    },
    {
      engine: 'trtllm',
      kvDtype: 'fp8-e5m2',
      message:
        'TensorRT-LLM has no fp8 e5m2 KV cache (vLLM, SGLang have it); choose auto, fp32, bf16, fp16, fp8 or fp8 e4m3',
    },
    {
      engine: 'llamacpp',
      kvDtype: 'fp8-e4m3',
      message:
        'llama.cpp has no fp8 e4m3 KV cache (vLLM, SGLang, TensorRT-LLM have it); choose auto, fp32, bf16, fp16, int8, int4, q8_0 (llama.cpp) or q4_0 (llama.cpp)',
    },
    {
      engine: 'hf',
      kvDtype: 'q4_0',
      message:
        'plain PyTorch / Hugging Face has no q4_0 (llama.cpp) KV cache (llama.cpp has it); choose auto, fp32, bf16, fp16, fp8, int8 or int4',
    },
  ] as const)(
    '$engine with $kvDtype names the field and the way out',
    ({ engine, kvDtype, message }) => {
      expect(kvIssues({ engine, kvDtype })).toEqual([{ field: 'kvDtype', message }]);
    },
  );

  it('an engine’s own types raise nothing', () => {
    for (const engine of ENGINES)
      for (const kv of Object.keys(ENGINE_KV_VALUES[engine]) as Scenario['kvDtype'][])
        expect(kvDtypeIssue(engine, kv)).toBeNull();
  });

  it('training ignores the KV dtype', () => {
    expect(kvIssues({ mode: 'training', engine: 'vllm', kvDtype: 'q8_0' })).toEqual([]);
  });
});

describe('the launch command carries the engine’s own KV flag', () => {
  const command = (overrides: Partial<Scenario>) =>
    launchCommand(estimate(serving(overrides)), 'meta-llama/Llama-3.1-8B')!;

  it.each([
    { engine: 'vllm', kvDtype: 'fp8-e4m3', flag: '--kv-cache-dtype fp8_e4m3' },
    { engine: 'vllm', kvDtype: 'fp8-e5m2', flag: '--kv-cache-dtype fp8_e5m2' },
    { engine: 'vllm', kvDtype: 'fp8', flag: '--kv-cache-dtype fp8' },
    { engine: 'sglang', kvDtype: 'fp8-e4m3', flag: '--kv-cache-dtype fp8_e4m3' },
    { engine: 'sglang', kvDtype: 'fp8-e5m2', flag: '--kv-cache-dtype fp8_e5m2' },
    { engine: 'trtllm', kvDtype: 'fp8-e4m3', flag: '--kv_cache_dtype fp8' },
    { engine: 'trtllm', kvDtype: 'fp8', flag: '--kv_cache_dtype fp8' },
    { engine: 'llamacpp', kvDtype: 'q8_0', flag: '-ctk q8_0 -ctv q8_0 -fa on' },
    { engine: 'llamacpp', kvDtype: 'q4_0', flag: '-ctk q4_0 -ctv q4_0 -fa on' },
  ] as const)('$engine with $kvDtype: $flag', ({ engine, kvDtype, flag }) => {
    expect(command({ engine, kvDtype }).split(' \\\n  ')).toContain(flag);
  });

  it('vLLM’s Python entry takes the same value', () => {
    expect(command({ kvDtype: 'fp8-e5m2', servingEntry: 'llm' })).toContain(
      'kv_cache_dtype="fp8_e5m2"',
    );
  });

  it('auto adds no KV flag', () => {
    for (const engine of ['vllm', 'sglang', 'trtllm', 'llamacpp'] as const)
      expect(command({ engine })).not.toMatch(/kv-cache-dtype|kv_cache_dtype|-ctk/);
  });
});
