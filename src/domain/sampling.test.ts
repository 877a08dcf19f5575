import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTokens, SAMPLING_LIMITS, sample, temperatureSoftmax } from './sampling';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const logitsArbitrary = fc.array(fc.double({ min: -30, max: 30, noNaN: true }), {
  minLength: 1,
  maxLength: 60,
});
const optionsArbitrary = fc.record({
  temperature: fc.double({ min: 0.05, max: 2, noNaN: true }),
  topK: fc.integer({ min: 1, max: 80 }),
  topP: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('sampling (docs/method.md §9, seed §5)', () => {
  it('the seed example T = 0.8, K = 36, P = 0.7, step by step on logits 0, -0.1, -0.2, … (40 tokens)', () => {
    const logits = Array.from({ length: 40 }, (_, i) => -0.1 * i);
    const result = sample(logits, { temperature: 0.8, topK: 36, topP: 0.7 });
    // Temperature: exp(-0.1 i / 0.8) over the sum of the 40 weights.
    const weights = logits.map((logit) => Math.exp(logit / 0.8));
    const tempered = weights.map((w) => w / sum(weights));
    result.tempered.forEach((p, i) => expect(p).toBeCloseTo(tempered[i]!, 12));
    // Top-k: the first 36 tokens, renormalised; top-p: the shortest prefix reaching 0.7.
    expect(result.keptByTopK.filter(Boolean)).toHaveLength(36);
    const topK = weights.slice(0, 36);
    let cumulative = 0;
    let kept = 0;
    while (cumulative < 0.7) cumulative += topK[kept++]! / sum(topK);
    expect(result.keptCount).toBe(kept);
    const keptWeights = weights.slice(0, kept);
    result.final
      .slice(0, kept)
      .forEach((p, i) => expect(p).toBeCloseTo(keptWeights[i]! / sum(keptWeights), 12));
    expect(result.final.slice(kept).every((p) => p === 0)).toBe(true);
  });

  it('T → 0 is greedy, P = 0 keeps only the top token, P = 1 keeps all K, K = 1 is greedy whatever T', () => {
    const logits = [1, 3, 2, 0.5];
    expect(sample(logits, { temperature: 0, topK: 4, topP: 1 }).final).toEqual([0, 1, 0, 0]);
    expect(sample(logits, { temperature: 1, topK: 4, topP: 0 }).keptCount).toBe(1);
    expect(sample(logits, { temperature: 1, topK: 3, topP: 1 }).keptCount).toBe(3);
    expect(sample(logits, { temperature: 2, topK: 1, topP: 1 }).final).toEqual([0, 1, 0, 0]);
  });

  it('the result sums to 1, keeps at most K and at least one token', () => {
    fc.assert(
      fc.property(logitsArbitrary, optionsArbitrary, (logits, options) => {
        const result = sample(logits, options);
        expect(sum(result.final)).toBeCloseTo(1, 9);
        expect(result.keptCount).toBeGreaterThanOrEqual(1);
        expect(result.keptCount).toBeLessThanOrEqual(options.topK);
      }),
    );
  });

  it('is invariant to adding a constant to every logit', () => {
    // Logits on a 0.01 grid, so that distinct logits stay distinct after the shift in floating point.
    const gridLogits = fc
      .array(fc.integer({ min: -3000, max: 3000 }), { minLength: 1, maxLength: 60 })
      .map((values) => values.map((v) => v / 100));
    fc.assert(
      fc.property(
        gridLogits,
        optionsArbitrary,
        fc.integer({ min: -5000, max: 5000 }).map((v) => v / 100),
        (logits, options, shift) => {
          const a = sample(logits, options);
          const b = sample(
            logits.map((logit) => logit + shift),
            options,
          );
          a.final.forEach((p, i) => expect(b.final[i]).toBeCloseTo(p, 9));
        },
      ),
    );
  });

  it("a lower temperature never lowers the top token's probability", () => {
    fc.assert(
      fc.property(
        logitsArbitrary,
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        (logits, t1, t2) => {
          const [low, high] = t1 < t2 ? [t1, t2] : [t2, t1];
          expect(Math.max(...temperatureSoftmax(logits, low))).toBeGreaterThanOrEqual(
            Math.max(...temperatureSoftmax(logits, high)) - 1e-12,
          );
        },
      ),
    );
  });

  it('rejects logits that are not finite numbers, naming the position', () => {
    expect(() => sample([1, Number.NaN], { temperature: 1, topK: 2, topP: 1 })).toThrow(
      /logits\[1\]/,
    );
  });

  it('a seeded draw repeats exactly and follows the distribution', () => {
    const p = [0.5, 0.3, 0.2, 0];
    const counts = drawTokens(p, 20_000, 42);
    expect(drawTokens(p, 20_000, 42)).toEqual(counts);
    expect(sum(counts)).toBe(20_000);
    expect(counts[3]).toBe(0);
    counts.forEach((count, i) => expect(Math.abs(count / 20_000 - p[i]!)).toBeLessThan(0.02));
  });
});

describe('the limits the engine shares with the explorer and its link', () => {
  it('refuses a temperature, top-k or top-p outside SAMPLING_LIMITS, naming the field', () => {
    const logits = [1, 2, 3];
    const over = { temperature: SAMPLING_LIMITS.temperature.max + 0.5, topK: 3, topP: 1 };
    expect(() => sample(logits, over)).toThrow(/temperature/);
    expect(() => sample(logits, { temperature: 1, topK: 0, topP: 1 })).toThrow(/topK/);
    expect(() => sample(logits, { temperature: 1, topK: 3, topP: 1.01 })).toThrow(/topP/);
    expect(
      sample(logits, { ...over, temperature: SAMPLING_LIMITS.temperature.max }).keptCount,
    ).toBe(3);
  });
});
