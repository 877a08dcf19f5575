import { defineModel } from '../../domain/model';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../domain/estimate';
import { DEFAULT_SCENARIO, MAX_BATCH, type Scenario } from '../../domain/scenario';
import { curveSummary } from './curve-text';
import { batchSentence, seqLenSentence } from './fit-sentences';
import { planningData } from './planning-data';

const sentences = (patch: Partial<Scenario>) => {
  const e = estimate({ ...DEFAULT_SCENARIO, ...patch });
  const data = planningData(e, 'GB');
  return { e, data, batch: batchSentence(e, data, 'GB'), seqLen: seqLenSentence(e, data, 'GB') };
};

describe('the solvers in words', () => {
  it('Llama-2-7B bf16 training on RTX 4090s with full recomputation: the plan in force, the largest batch and the longest sequence', () => {
    const { batch, seqLen } = sentences({ recompute: 'full' });
    expect(batch).toBe(
      'At 2,048 tokens, the largest batch that fits on 7 × RTX 4090 24GB (FSDP full shard) is 3.',
    );
    expect(seqLen).toBe(
      'At batch 1, the longest sequence that fits is 7,833 tokens, beyond the 4,096 positions Llama-2-7B was trained for.',
    );
  });

  it('inference: the KV-cache budget as concurrent sequences of prompt + generated tokens', () => {
    const { batch, seqLen } = sentences({ mode: 'inference' });
    expect(batch).toBe(
      'The KV-cache budget on 1 × RTX 4090 24GB allows 7 concurrent sequences of 2,304 tokens (prompt + generated).',
    );
    expect(seqLen).toMatch(
      /^At batch 1, the longest prompt that fits with 256 tokens generated is [\d,]+ tokens/,
    );
  });

  it('counts the generated tokens against the positions the model was trained for', () => {
    expect(sentences({ mode: 'inference', engine: 'hf', batch: 4 }).seqLen).toBe(
      'At batch 4, the longest prompt that fits with 256 tokens generated is 4,066 tokens ' +
        '(4,322 tokens with the generated ones), beyond the 4,096 positions Llama-2-7B was trained for.',
    );
  });

  it('says why when even one sample or one token does not fit', () => {
    const { batch, seqLen } = sentences({ layout: 'manual' });
    expect(batch).toBe(
      'At 2,048 tokens, even a batch of 1 does not fit on 1 × RTX 4090 24GB: it would need at least 136 GB per GPU at ' +
        'batch 1 × 2,048 tokens, against 24.5 GB usable; the model states and runtime overhead alone take 136 GB.',
    );
    expect(seqLen).toMatch(
      /^At batch 1, not even 1 token fits on 1 × RTX 4090 24GB: .* alone take 136 GB\.$/,
    );
    const serving = sentences({ mode: 'inference', model: 'llama-3.1-405b', layout: 'manual' });
    expect(serving.batch).toMatch(
      /does not allow even 1 sequence of 2,304 tokens .* the weights and runtime overhead alone take/,
    );
  });

  it('blames the activations when the model states fit but one sample’s activations do not', () => {
    const { batch } = sentences({
      model: 'phi-3-mini',
      gpu: 'h100-80gb',
      layout: 'manual',
      seqLen: 65_536,
    });
    expect(batch).toMatch(
      /even a batch of 1 does not fit .*; activations take [\d.,]+ GB of it\.$/,
    );
  });

  it('says "at least" when the search reaches its ceiling', () => {
    const tiny = defineModel({
      name: 'Tiny',
      layers: 1,
      hidden: 8,
      heads: 1,
      intermediate: 8,
      vocab: 8,
      mlp: 'plain',
      norm: 'layernorm',
      positions: 'learned',
      maxPositions: 1e9,
      tiedEmbeddings: true,
    });
    const { batch, data } = sentences({
      model: tiny,
      gpu: 'mi300x-192gb',
      seqLen: 1,
      overheadBytes: 0,
    });
    expect(data.batch.answer).toEqual({ value: MAX_BATCH, atCeiling: true });
    expect(batch).toBe(
      'At 1 token, the largest batch that fits on 1 × MI300X 192GB is at least 1,000,000, the most this calculator checks.',
    );
  });

  it('summarises each curve for screen readers, with the crossing', () => {
    const { e, data } = sentences({ recompute: 'full' });
    expect(curveSummary(e, data.batch)).toBe(
      'Stacked area chart: per-GPU memory on 7 × RTX 4090 24GB (FSDP full shard) from 20.3 GB at 1 to 1,833 GB at ' +
        '1,024 sequences, at 2,048 tokens per sequence; the usable capacity is 24.5 GB; the largest value that fits is 3 sequences.',
    );
    const roomy = sentences({
      mode: 'inference',
      model: 'phi-3-mini',
      gpu: 'mi300x-192gb',
      seqLen: 128,
      generatedTokens: 0,
    });
    expect(curveSummary(roomy.e, roomy.data.batch)).toMatch(
      /; [\d,]+ sequences fit, beyond the chart\.$/,
    );
    expect(roomy.seqLen).toMatch(
      /^At batch 1, the longest prompt that fits is [\d,]+ tokens, beyond/,
    );
  });
});
