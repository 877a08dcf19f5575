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
