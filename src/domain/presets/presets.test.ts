import { describe, expect, it } from 'vitest';
import { validateGpu } from '../gpu';
import { countParameters } from '../parameters';
import { GPU_PRESETS } from './gpus';
import { MODEL_PRESETS, findModelPreset } from './models';
import { validateModel } from '../model-validation';
import { shownAs } from '../../test/shown-as';

function preset(id: string) {
  const found = findModelPreset(id);
  if (!found) throw new Error(`no model preset "${id}"`);
  return found;
}

/**
 * Exact parameter counts published for the real checkpoints, each with where it was read.
 * "HF safetensors.total" is the Hugging Face model API's sum of the checkpoint's tensors.
 * Llama 2's HF checkpoints also store each layer's 64 rotary inv_freq buffers, which are not
 * parameters; their safetensors.total is the count below plus layers x 64
 * (7B 6,738,417,664; 13B 13,015,866,880; 70B 68,976,653,312).
 */
const PUBLISHED_COUNTS: readonly { id: string; total: number; source: string }[] = [
  {
    id: 'llama-2-7b',
    total: 6_738_415_616,
    source:
      'transformers num_parameters() of meta-llama/Llama-2-7b-hf; GGUF general.parameter_count; HF safetensors.total 6,738,417,664 less 32 x 64 inv_freq',
  },
  {
    id: 'llama-2-13b',
    total: 13_015_864_320,
    source:
      'DeepSpeed zero_to_fp32 "13015864320 elements" for a Llama-2-13B fine-tune; HF safetensors.total 13,015,866,880 less 40 x 64 inv_freq',
  },
  {
    id: 'llama-2-70b',
    total: 68_976_648_192,
    source:
      'Together API parameter count of llama-2-70b; HF safetensors.total 68,976,653,312 less 80 x 64 inv_freq',
  },
  {
    id: 'llama-3.1-8b',
    total: 8_030_261_248,
    source: 'HF safetensors.total of meta-llama/Llama-3.1-8B',
  },
  {
    id: 'llama-3.1-70b',
    total: 70_553_706_496,
    source: 'HF safetensors.total of meta-llama/Llama-3.1-70B',
  },
  {
    id: 'llama-3.1-405b',
    total: 405_853_388_800,
    source: 'HF safetensors.total of meta-llama/Llama-3.1-405B',
  },
  {
    id: 'mistral-7b',
    total: 7_241_732_096,
    source:
      'mistralai/Mistral-7B-Instruct-v0.2 model.safetensors.index.json total_size 14,483,464,192 bytes / 2 (bf16; same shapes as v0.1); GGUF general.parameter_count',
  },
  {
    id: 'mixtral-8x7b',
    total: 46_702_792_704,
    source: 'HF safetensors.total of mistralai/Mixtral-8x7B-Instruct-v0.1',
  },
  { id: 'qwen2.5-7b', total: 7_615_616_512, source: 'GGUF general.parameter_count of Qwen2.5-7B' },
  {
    id: 'qwen3-8b',
    total: 8_190_735_360,
    source: 'HF safetensors {"BF16": 8190735360} of Qwen/Qwen3-8B; llama.cpp n_params',
  },
  {
    id: 'phi-3-mini',
    total: 3_821_079_552,
    source: 'HF API weight count of microsoft/Phi-3-mini-4k-instruct',
  },
  {
    id: 'grok-1',
    total: 315_684_820_992,
    source:
      'rmems/xai-dissect inventory of xai-org/grok-1 ckpt-0: 770 tensors, total elements 315,684,820,992 (xAI announces "314B")',
  },
  {
    id: 'deepseek-v3',
    total: 671_026_419_200,
    source:
      'HF API total of deepseek-ai/DeepSeek-V3, 684,531,386,000 (quoted verbatim in a public design document), less its 41,540,496 fp8 block scales, the MTP layer 61 (11,610,068,224) and that layer\'s copies of the embedding and head (2 × 926,679,040); README: "671B"',
  },
  {
    id: 'gpt-oss-20b',
    total: 20_914_757_184,
    source: 'gpt-oss model card Table 1 "20.91B"; HF safetensors total 20,914,757,184',
  },
  {
    id: 'gpt-oss-120b',
    total: 116_829_156_672,
    source: 'gpt-oss model card Table 1 "116.83B"; HF safetensors total 116,829,156,672',
  },
  {
    id: 'qwen3-30b-a3b',
    total: 30_532_122_624,
    source: 'HF safetensors total of Qwen/Qwen3-30B-A3B; model card "30.5B"',
  },
  {
    id: 'qwen3-235b-a22b',
    total: 235_093_634_560,
    source: 'HF safetensors total of Qwen/Qwen3-235B-A22B; model card "235B"',
  },
  {
    id: 'llama-4-scout',
    total: 108_641_793_536,
    source:
      'HF safetensors total of meta-llama/Llama-4-Scout-17B-16E-Instruct; Meta "109B (Total)"',
  },
  {
    id: 'gemma-3-27b',
    total: 27_432_406_640,
    source: 'HF safetensors total of google/gemma-3-27b-it; Gemma 3 report Table 1',
  },
];

/** Active parameters as each card counts them: gpt-oss leaves the embeddings out. */
const PUBLISHED_ACTIVE: readonly {
  id: string;
  billions: number;
  withoutEmbeddings: boolean;
  source: string;
}[] = [
  {
    id: 'gpt-oss-20b',
    billions: 3.61,
    withoutEmbeddings: true,
    source: 'gpt-oss model card Table 1',
  },
  {
    id: 'gpt-oss-120b',
    billions: 5.13,
    withoutEmbeddings: true,
    source: 'gpt-oss model card Table 1',
  },
  {
    id: 'qwen3-30b-a3b',
    billions: 3.3,
    withoutEmbeddings: false,
    source: 'Qwen3-30B-A3B model card',
  },
  {
    id: 'deepseek-v3',
    billions: 37,
    withoutEmbeddings: false,
    source: 'DeepSeek-V3 paper abstract',
  },
  {
    id: 'qwen3-235b-a22b',
    billions: 22,
    withoutEmbeddings: false,
    source: 'Qwen3-235B-A22B model card',
  },
  { id: 'llama-4-scout', billions: 17, withoutEmbeddings: false, source: 'Meta model card' },
  { id: 'kimi-k2', billions: 32, withoutEmbeddings: false, source: 'Kimi-K2 model card' },
];

describe('model presets', () => {
  it.each(PUBLISHED_COUNTS)('$id has $total parameters ($source)', ({ id, total }) => {
    expect(countParameters(preset(id).model).total).toBe(total);
  });

  it.each(PUBLISHED_ACTIVE)(
    '$id uses $billions B parameters a token ($source)',
    ({ id, billions, withoutEmbeddings }) => {
      const counts = countParameters(preset(id).model);
      const active = counts.active - (withoutEmbeddings ? counts.embeddings : 0);
      expect(shownAs(active / 1e9, billions)).toBe(true);
    },
  );

  it('Kimi-K2 rounds to the card\'s "1T" total', () => {
    expect(Math.round(countParameters(preset('kimi-k2').model).total / 1e12)).toBe(1);
  });

  it("GPT-3 rounds to the paper's 175B (Brown et al. 2020, Table 2.1; no exact count is published)", () => {
    expect(Math.round(countParameters(preset('gpt-3').model).total / 1e9)).toBe(175);
  });

  it('Mixtral uses 12.9B parameters a token (Mistral AI announcement; Jiang et al. 2024: 13B active)', () => {
    expect(Math.round(countParameters(preset('mixtral-8x7b').model).active / 1e8)).toBe(129);
  });

  it.each(MODEL_PRESETS.map((p) => [p.id, p] as const))('%s passes validateModel', (_id, p) => {
    expect(validateModel(p.model)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = MODEL_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the five product sizes, once each', () => {
    expect(MODEL_PRESETS.filter((p) => p.size).length).toBe(5);
    expect(
      Object.fromEntries(MODEL_PRESETS.filter((p) => p.size).map((p) => [p.size, p.id])),
    ).toEqual({
      '7B': 'llama-2-7b',
      '13B': 'llama-2-13b',
      '70B': 'llama-2-70b',
      '175B': 'gpt-3',
      '314B': 'grok-1',
    });
  });

  it('names a source and a published count for every preset', () => {
    for (const p of MODEL_PRESETS) {
      expect(p.source.trim(), p.id).not.toBe('');
      expect(p.publishedParams.trim(), p.id).not.toBe('');
    }
  });
});

describe('GPU presets', () => {
  it.each(GPU_PRESETS.map((p) => [p.id, p] as const))('%s passes validateGpu', (_id, p) => {
    expect(validateGpu(p.gpu)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = GPU_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names a source for every GPU', () => {
    for (const p of GPU_PRESETS) expect(p.source.trim(), p.id).not.toBe('');
  });
});
