import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryModel } from '../../test/arbitraries';
import { gptOss, preset } from '../../test/format-models';
import { countParameters } from '../parameters';
import { FORMAT_IDS, FORMATS_BY_BITS, weightFormat, type FormatId } from './catalogue';
import { moreBitsLayer } from './gguf-rules';
import { formatWeightBytes, quantizedBitsPerWeight } from './weight-bytes';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('the format catalogue', () => {
  it('keeps the six ids links have always carried', () => {
    expect(FORMAT_IDS.slice(0, 6)).toEqual(['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'int4']);
  });

  it('orders every format once, from the most bits per quantized weight to the fewest', () => {
    expect([...FORMATS_BY_BITS].sort()).toEqual([...FORMAT_IDS].sort());
    const llama = preset('llama-3.1-8b');
    const moe = gptOss(24, 32);
    // MXFP4_MOE differs from Q8_0 only on experts, so it is placed by a mixture of experts.
    const bits = (id: FormatId) =>
      quantizedBitsPerWeight(id === 'gguf-mxfp4_moe' ? moe : llama, id);
    FORMATS_BY_BITS.slice(1).forEach((id, i) => {
      const before = FORMATS_BY_BITS[i] as FormatId;
      expect(bits(id), `${before} before ${id}`).toBeLessThanOrEqual(bits(before));
    });
  });

  it('lets a trainer update only fp32, bf16 and fp16 weights', () => {
    expect(FORMAT_IDS.filter((id) => weightFormat(id).trainable)).toEqual(['fp32', 'bf16', 'fp16']);
  });

  it('computes quantized formats in 16 bits, except llama.cpp, which computes in F32 with an F16 KV cache', () => {
    expect(weightFormat('awq-int4').compute).toBe('fp16');
    expect(weightFormat('bnb-nf4').kvCache).toBe('bf16');
    expect(weightFormat('gguf-q4_k_m').compute).toBe('fp32');
    expect(weightFormat('gguf-q4_k_m').kvCache).toBe('fp16');
  });

  it('use_more_bits picks about half the layers (llama-quant.cpp): 16 of 32, 40 of 80', () => {
    const count = (n: number) =>
      Array.from({ length: n }, (_, i) => i).filter((i) => moreBitsLayer(i, n)).length;
    expect(count(32)).toBe(16);
    expect(count(80)).toBe(40);
  });
});

describe('formatWeightBytes', () => {
  it('stores every parameter once, and its parts add up to the total, in every format', () => {
    fc.assert(
      fc.property(arbitraryModel, fc.constantFrom(...FORMAT_IDS), (model, id) => {
        const bytes = formatWeightBytes(model, id);
        expect(bytes.params).toBe(countParameters(model).total);
        expect(sum(Object.values(bytes.byComponent))).toBeCloseTo(bytes.total, 0);
        expect(sum(Object.values(bytes.byRole))).toBeCloseTo(bytes.total, 0);
        expect(sum(Object.values(bytes.byStorage).map((s) => s.bytes))).toBeCloseTo(bytes.total, 0);
        expect(Number.isFinite(bytes.total) && bytes.total > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('stores fp32 at 4 bytes and bf16 and fp16 at 2 bytes a parameter', () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        const params = countParameters(model).total;
        expect(formatWeightBytes(model, 'fp32').total).toBe(params * 4);
        expect(formatWeightBytes(model, 'bf16').total).toBe(params * 2);
        expect(formatWeightBytes(model, 'fp16').total).toBe(params * 2);
      }),
    );
  });

  it('keeps embeddings, head and norms in 16-bit for GPU formats, and quantizes every block linear', () => {
    const model = preset('llama-2-7b');
    const params = countParameters(model);
    const bytes = formatWeightBytes(model, 'awq-int4');
    expect(bytes.byComponent.embeddings).toBe(params.embeddings * 2);
    expect(bytes.byComponent.head).toBe(params.head * 2);
    expect(bytes.byComponent.norms).toBe(params.norms * 2);
    expect(bytes.quantizedParams).toBe(params.quantizable);
  });

  it('keeps what a config lists in modules_to_not_convert in 16-bit', () => {
    const model = preset('llama-2-7b');
    const all = formatWeightBytes(model, 'bnb-nf4');
    const kept = formatWeightBytes(model, 'bnb-nf4', { notConverted: ['attn-v'] });
    expect(kept.byRole['attn-v']).toBe(32 * 4096 * 4096 * 2);
    expect(kept.total).toBeGreaterThan(all.total);
  });

  it('MXFP4 quantizes only the routed experts of a mixture of experts, and every block linear of a dense model', () => {
    const oss = formatWeightBytes(gptOss(24, 32), 'mxfp4');
    expect(oss.byStorage.mxfp4?.params).toBe(24 * 32 * 3 * 2880 * 2880);
    const dense = formatWeightBytes(preset('llama-2-7b'), 'mxfp4');
    expect(dense.quantizedParams).toBe(countParameters(preset('llama-2-7b')).quantizable);
  });

  it('GGUF: 8-expert models keep attn_k and attn_v in Q8_0 (Mixtral; llama-quant.cpp: "for the 8-expert model, bumping this to Q8_0")', () => {
    const bytes = formatWeightBytes(preset('mixtral-8x7b'), 'gguf-q4_k_m');
    const q8 = bytes.groups.filter((g) => g.storage === 'Q8_0').map((g) => g.role);
    expect(new Set(q8)).toEqual(new Set(['attn-k', 'attn-v']));
    expect(bytes.groups.find((g) => g.role === 'attn-o')?.storage).toBe('Q5_K');
  });

  it('GGUF: a row length that is not a whole number of 256-blocks falls back (tensor_type_fallback: Q4_K → Q5_0, Q6_K → Q8_0)', () => {
    const bytes = formatWeightBytes(gptOss(24, 32), 'gguf-q4_k_m');
    // gpt-oss rows are 2880 = 11.25 × 256 wide; only attn_output's rows (64 heads × 64 = 4096) fit.
    expect(bytes.byStorage.Q4_K?.params).toBe(24 * 4096 * 2880);
    expect(bytes.groups.find((g) => g.role === 'attn-q')?.storage).toBe('Q5_0');
    expect(bytes.groups.find((g) => g.role === 'output')?.storage).toBe('Q8_0');
  });
});
