import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../domain/model';
import { countParameters } from '../domain/parameters';
import { FIXTURE_NAMES, fixtureText as fixture } from './fixtures/fixture-text';
import { importConfigText } from './import-config';
import { MODERN_CONFIG_ROWS } from '../test/modern-config-rows';

interface Row {
  file: string;
  family: string;
  /** The exact count published for the checkpoint. */
  published: number;
  source: string;
  /** What the published count includes beyond the model's own parameters, subtracted to compare. */
  extra?: { count: number; why: string };
  /** The active parameters per token the model card states, in billions to one decimal. */
  activeBillions?: number;
  shape: Partial<ModelSpec>;
}

/**
 * Real config.json files against their published parameter counts. "HF safetensors.total" is the
 * Hugging Face API's sum of the checkpoint's stored tensors; "KerasHub preset" the `params` of the
 * keras-hub preset converted from the same checkpoint.
 */
const ROWS: readonly Row[] = [
  {
    file: 'meta-llama_Llama-3.1-8B',
    family: 'Llama',
    published: 8_030_261_248,
    source: 'HF safetensors.total of meta-llama/Llama-3.1-8B',
    shape: { kvHeads: 8, tiedEmbeddings: false, maxPositions: 131072 },
  },
  {
    file: 'mistralai_Mistral-7B-v0.1',
    family: 'Mistral',
    published: 7_241_732_096,
    source:
      'model.safetensors.index.json total_size 14,483,464,192 bytes / 2 (bf16); GGUF general.parameter_count',
    shape: { kvHeads: 8, slidingWindow: 4096, fullAttentionLayers: 0 },
  },
  {
    file: 'mistralai_Mixtral-8x7B-v0.1',
    family: 'Mixtral',
    published: 46_702_792_704,
    source:
      'HF safetensors.total of mistralai/Mixtral-8x7B-Instruct-v0.1 (same shapes); Mistral AI: 46.7B total, 12.9B active',
    activeBillions: 12.9,
    shape: {
      experts: 8,
      expertsPerToken: 2,
      expertIntermediate: 14336,
      denseLayers: 0,
      slidingWindow: null,
    },
  },
  {
    file: 'Qwen_Qwen2.5-7B-Instruct',
    family: 'Qwen2',
    published: 7_615_616_512,
    source: 'GGUF general.parameter_count of Qwen2.5-7B (same shapes as -Instruct)',
    shape: { attentionBias: 'qkv', kvHeads: 4, slidingWindow: null },
  },
  {
    file: 'Qwen_Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4',
    family: 'Qwen2-MoE',
    published: 14_315_784_192,
    source:
      'KerasHub preset qwen1.5_moe_2.7b_en "params"; Qwen model card: 14.3B total, 2.7B activated',
    activeBillions: 2.7,
    shape: {
      experts: 60,
      expertsPerToken: 4,
      expertIntermediate: 1408,
      sharedExperts: 1,
      sharedExpertIntermediate: 5632,
      sharedExpertGate: true,
      attentionBias: 'qkv',
    },
  },
  {
    file: 'Qwen_Qwen3-30B-A3B',
    family: 'Qwen3-MoE',
    published: 30_532_122_624,
    source:
      'GGUF general.parameter_count of Qwen3-30B-A3B and the sum of its safetensors shards; Qwen: 30.5B total, 3.3B activated',
    activeBillions: 3.3,
    shape: {
      qkNorm: true,
      headDim: 128,
      experts: 128,
      expertsPerToken: 8,
      expertIntermediate: 768,
      denseLayers: 0,
    },
  },
  {
    file: 'google_gemma-7b',
    family: 'Gemma',
    published: 8_537_680_896,
    source:
      'KerasHub preset gemma_7b_en "params"; model_size of google/gemma-7b-it in a public FLOPs table',
    shape: { headDim: 256, tiedEmbeddings: true, kvHeads: 16 },
  },
  {
    file: 'google_gemma-2-9b',
    family: 'Gemma 2',
    published: 9_241_705_984,
    source: 'HF safetensors.total of google/gemma-2-9b; KerasHub preset gemma2_9b_en "params"',
    shape: {
      normsPerLayer: 4,
      headDim: 256,
      tiedEmbeddings: true,
      slidingWindow: 4096,
      fullAttentionLayers: 21,
    },
  },
  {
    file: 'microsoft_Phi-3-mini-4k-instruct',
    family: 'Phi-3',
    published: 3_821_079_552,
    source: 'HF API weight count of microsoft/Phi-3-mini-4k-instruct',
    shape: { kvHeads: 32, slidingWindow: 2047, tiedEmbeddings: false },
  },
  {
    file: 'openai-community_gpt2',
    family: 'GPT-2',
    published: 124_439_808,
    source:
      'GPT2LMHeadModel module print "<all params:124439808>"; transformers num_parameters "124.44M"',
    shape: {
      positions: 'learned',
      maxPositions: 1024,
      intermediate: 3072,
      attentionBias: 'all',
      mlpBias: true,
      tiedEmbeddings: true,
    },
  },
  {
    file: 'EleutherAI_pythia-1.4b',
    family: 'GPT-NeoX',
    published: 1_414_647_808,
    source: 'GPTNeoXForCausalLM total for pythia-1.4b, as listed from the Pythia model cards',
    shape: { norm: 'layernorm', mlp: 'plain', attentionBias: 'all', tiedEmbeddings: false },
  },
  {
    file: 'tiiuae_falcon-7b-instruct',
    family: 'Falcon',
    published: 7_217_189_760,
    source:
      'model_size of tiiuae/falcon-7b, the sum of its stored tensors (same shapes as -instruct)',
    extra: {
      count: 65_024 * 4544,
      why: 'the safetensors store lm_head.weight although FalconForCausalLM ties it to word_embeddings',
    },
    shape: {
      kvHeads: 1,
      normsPerLayer: 1,
      intermediate: 4 * 4544,
      tiedEmbeddings: true,
      attentionBias: 'none',
    },
  },
  {
    file: 'facebook_opt-1.3b',
    family: 'OPT',
    published: 1_315_758_080,
    source:
      'DeepSpeed-Chat feature_selection: "[pre-lora] num params: 1315758080" for facebook/opt-1.3b',
    shape: { positions: 'learned', positionOffset: 2, embeddingDim: null, finalNorm: true },
  },
  {
    file: 'facebook_opt-350m',
    family: 'OPT',
    published: 331_196_416,
    source: 'DiZO benchmark: "--n_elements 331196416  # OPT-350M" (every parameter of the model)',
    shape: { embeddingDim: 512, finalNorm: false, positionOffset: 2 },
  },
  {
    file: 'deepseek-ai_deepseek-moe-16b-base',
    family: 'DeepSeek-MoE',
    published: 16_375_728_128,
    source:
      'num_params of deepseek-ai/deepseek-moe-16b-base in Chakra/MLCommons trace bundles (16.4B in the DeepSeekMoE paper)',
    activeBillions: 2.8,
    shape: {
      experts: 64,
      expertsPerToken: 6,
      sharedExperts: 2,
      sharedExpertIntermediate: 1408,
      denseLayers: 1,
      intermediate: 10944,
    },
  },
];

describe('real config.json files give their published parameter counts', () => {
  it.each(ROWS)(
    '$file → $published ($source)',
    ({ file, family, published, extra, shape, activeBillions }) => {
      const imported = importConfigText(fixture(file), file);
      const counts = countParameters(imported.model);
      expect(imported.family).toBe(family);
      expect(counts.total).toBe(published - (extra?.count ?? 0));
      expect(imported.model).toMatchObject(shape);
      // Cards round or truncate to one decimal (Mixtral 12.88 → 12.9, Qwen3 3.35 → 3.3).
      if (activeBillions !== undefined)
        expect(Math.abs(counts.active / 1e9 - activeBillions)).toBeLessThan(0.06);
    },
  );

  it('covers every fixture, at least twelve real checkpoints', () => {
    const checked = [...ROWS, ...MODERN_CONFIG_ROWS, { file: 'moonshotai_Kimi-K2-Instruct' }];
    expect(checked.map((row) => row.file).sort()).toEqual([...FIXTURE_NAMES].sort());
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
  });
});

describe('what the UI learns beside the model', () => {
  it('reads torch_dtype and a GPTQ quantization_config', () => {
    const imported = importConfigText(fixture('Qwen_Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4'), 'qwen');
    expect(imported.torchDtype).toBe('float16');
    expect(imported.quantization).toEqual({ method: 'gptq', bits: 4, format: 'gptq-int4' });
  });

  it('lists what each file left out, with the value assumed', () => {
    const falcon = importConfigText(fixture('tiiuae_falcon-7b-instruct'), 'falcon');
    expect(falcon.assumptions.map(({ field, assumedValue }) => [field, assumedValue])).toEqual([
      ['maxPositions', 2048],
      ['tiedEmbeddings', true],
    ]);
    expect(importConfigText(fixture('meta-llama_Llama-3.1-8B'), 'llama').assumptions).toEqual([]);
  });

  it('says how Gemma 2 splits its layers between window and full attention', () => {
    const gemma = importConfigText(fixture('google_gemma-2-9b'), 'gemma');
    expect(gemma.notes.join(' ')).toMatch(/4096-token window/);
  });
});
