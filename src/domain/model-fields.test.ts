import { describe, expect, it } from 'vitest';
import { sumOfRowsAndCols } from './linear-shapes';
import { cachedTokens, kvCacheBytesPerGpu } from './memory/kv-cache';
import { defineModel, type ModelSpec } from './model';
import { countParameters } from './parameters';
import { validateModel } from './model-validation';

/** A tiny OPT-350m-shaped model: embeddings 4 wide projected to h = 8, 2 extra positions, no final norm. */
const tinyOpt = defineModel({
  name: 'tiny OPT',
  layers: 1,
  hidden: 8,
  heads: 2,
  intermediate: 16,
  vocab: 10,
  mlp: 'plain',
  norm: 'layernorm',
  positions: 'learned',
  maxPositions: 4,
  positionOffset: 2,
  tiedEmbeddings: true,
  attentionBias: 'all',
  mlpBias: true,
  embeddingDim: 4,
  finalNorm: false,
});

const gemma2Like = defineModel({
  name: 'Gemma 2 shape',
  layers: 42,
  hidden: 3584,
  heads: 16,
  kvHeads: 8,
  headDim: 256,
  intermediate: 14336,
  vocab: 256000,
  slidingWindow: 4096,
  fullAttentionLayers: 21,
});

describe('the fields the Hub import added', () => {
  it('default to the plain transformer', () => {
    expect(
      defineModel({ name: 'x', layers: 1, hidden: 8, heads: 2, intermediate: 16, vocab: 10 }),
    ).toMatchObject({
      positionOffset: 0,
      embeddingDim: null,
      finalNorm: true,
      sharedExpertGate: false,
      fullAttentionLayers: 0,
    });
  });

  it('count OPT-350m-style projected embeddings, extra positions and a missing final norm', () => {
    const counts = countParameters(tinyOpt);
    expect(counts.embeddings).toBe(10 * 4 + 2 * 4 * 8);
    expect(counts.positions).toBe((4 + 2) * 8);
    expect(counts.norms).toBe(2 * 2 * 8);
    expect(counts.head).toBe(0);
    expect(counts.total).toBe(104 + 48 + 4 * 8 * 8 + 2 * 8 * 16 + (4 * 8 + 16 + 8) + 32);
    expect(countParameters({ ...tinyOpt, tiedEmbeddings: false }).head).toBe(10 * 4);
  });

  it("count Qwen2-MoE's shared-expert gate, h per MoE layer, in the router", () => {
    const moe = defineModel({
      name: 'moe',
      layers: 2,
      hidden: 8,
      heads: 2,
      intermediate: 16,
      vocab: 10,
      experts: 4,
      expertsPerToken: 2,
      expertIntermediate: 4,
      sharedExperts: 1,
      sharedExpertIntermediate: 8,
    });
    expect(countParameters(moe).router).toBe(2 * 8 * 4);
    expect(countParameters({ ...moe, sharedExpertGate: true }).router).toBe(2 * (8 * 4 + 8));
    expect(
      countParameters({ ...moe, sharedExpertGate: true }).active - countParameters(moe).active,
    ).toBe(16);
  });

  it("factor the projections and extra positions into Adafactor's rows and columns", () => {
    const plain: ModelSpec = { ...tinyOpt, embeddingDim: null, positionOffset: 0 };
    expect(sumOfRowsAndCols(tinyOpt) - sumOfRowsAndCols(plain)).toBe(4 - 8 + 2 * (4 + 8) + 2);
  });

  it.each([
    ['positionOffset', { positionOffset: -1 }, /zero or more/],
    ['embeddingDim', { embeddingDim: 0 }, /at least 1/],
    ['fullAttentionLayers', { fullAttentionLayers: 43 }, /cannot exceed the layers \(42\)/],
    ['finalNorm', { finalNorm: 'yes' as unknown as boolean }, /true or false/],
    ['sharedExpertGate', { sharedExpertGate: 1 as unknown as boolean }, /true or false/],
  ])('validate %s', (field, patch, message) => {
    const issue = validateModel({ ...gemma2Like, ...patch }).find(
      (candidate) => candidate.field === `model.${field}`,
    );
    expect(issue?.message).toMatch(message);
  });

  it.each([
    ['qkNorm', 1, 'must be true or false, got 1'],
    ['tiedEmbeddings', 'yes', 'must be true or false, got "yes"'],
    ['finalNorm', null, 'must be true or false, got null'],
    ['mlpBias', 'false', 'must be true or false, got "false"'],
    ['sharedExpertGate', undefined, 'must be true or false, got undefined'],
  ])('names the flag %s when it is not a boolean (%j)', (field, value, message) => {
    const issues = validateModel({ ...gemma2Like, [field]: value });
    expect(issues).toEqual([{ field: `model.${field}`, message }]);
  });

  it('accepts every flag as true or false', () => {
    const flags = ['qkNorm', 'tiedEmbeddings', 'finalNorm', 'mlpBias', 'sharedExpertGate'];
    for (const field of flags) {
      for (const value of [true, false]) {
        expect(validateModel({ ...gemma2Like, [field]: value }), field).toEqual([]);
      }
    }
  });
});

describe('KV cache with global layers among windowed ones (Gemma 2)', () => {
  const perTokenPerLayer = 2 * 8 * 256 * 2; // K and V, 8 KV heads of 256, 2 bytes

  it('keeps every token on the global layers and the window on the others', () => {
    expect(cachedTokens(gemma2Like, 8000, 192)).toBe(8192);
    expect(kvCacheBytesPerGpu(gemma2Like, 2, 8192, 1, 1, 1)).toBe(
      perTokenPerLayer * (21 * 8192 + 21 * 4096),
    );
  });

  it('lies between a window on every layer and no window at all', () => {
    const mixed = kvCacheBytesPerGpu(gemma2Like, 2, 8192, 1, 1, 1);
    const allWindowed = kvCacheBytesPerGpu(
      { ...gemma2Like, fullAttentionLayers: 0 },
      2,
      cachedTokens({ ...gemma2Like, fullAttentionLayers: 0 }, 8192, 0),
      1,
      1,
      1,
    );
    const noWindow = kvCacheBytesPerGpu({ ...gemma2Like, slidingWindow: null }, 2, 8192, 1, 1, 1);
    expect(allWindowed).toBeLessThan(mixed);
    expect(mixed).toBeLessThan(noWindow);
  });

  it('is the same as full attention while the context fits the window', () => {
    expect(kvCacheBytesPerGpu(gemma2Like, 2, 1000, 3, 1, 1)).toBe(
      kvCacheBytesPerGpu({ ...gemma2Like, slidingWindow: null }, 2, 1000, 3, 1, 1),
    );
  });

  it('charges the busiest pipeline stage its share of global layers, rounded up', () => {
    // 21 layers a stage; alternating layers put 11 global layers on one of the two stages.
    expect(kvCacheBytesPerGpu(gemma2Like, 2, 8192, 1, 1, 2)).toBe(
      perTokenPerLayer * (11 * 8192 + 10 * 4096),
    );
  });
});
