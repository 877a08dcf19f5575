import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTokens, sample } from '../../domain/sampling';
import { drawFromFinal, drawRows } from './draw-rows';
import { EXAMPLE_DISTRIBUTION } from './example-distribution';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const distribution = { tokens: ['b', 'a', 'c', 'd'], logits: [2, 3, 1, 0] };

describe('drawFromFinal', () => {
  it('draws exactly what drawTokens draws from the whole final distribution', () => {
    const result = sample(EXAMPLE_DISTRIBUTION.logits, { temperature: 0.8, topK: 36, topP: 0.7 });
    expect(drawFromFinal(result.final, 1000, 7)).toEqual(drawTokens(result.final, 1000, 7));
    const scattered = [0, 0.2, 0, 0, 0.5, 0, 0.3, 0];
    expect(drawFromFinal(scattered, 500, 1)).toEqual(drawTokens(scattered, 500, 1));
  });

  it('matches drawTokens on any distribution the engine produces, with any seed', () => {
    const logits = fc.array(fc.double({ min: -20, max: 20, noNaN: true }), {
      minLength: 1,
      maxLength: 80,
    });
    const options = fc.record({
      temperature: fc.double({ min: 0, max: 2, noNaN: true }),
      topK: fc.integer({ min: 1, max: 80 }),
      topP: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(logits, options, fc.integer({ min: 0, max: 0xffff_ffff }), (l, o, seed) => {
        const { final } = sample(l, o);
        expect(drawFromFinal(final, 300, seed)).toEqual(drawTokens(final, 300, seed));
      }),
    );
  });
});

describe('drawRows', () => {
  it('lists the kept tokens by probability with their expected and drawn counts', () => {
    const result = sample(distribution.logits, { temperature: 1, topK: 2, topP: 1 });
    const counts = drawFromFinal(result.final, 100, 3);
    const { rows, rest } = drawRows(distribution, result, counts);
    expect(rows.map((row) => row.token)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({
      rank: 1,
      probability: result.final[1],
      drawn: counts[1],
      share: counts[1]! / 100,
    });
    expect(rows[0]!.expected).toBeCloseTo(result.final[1]! * 100, 12);
    expect(sum(rows.map((row) => row.drawn))).toBe(100);
    expect(rest).toEqual({ count: 0, probability: 0, drawn: 0 });
  });

  it('sums the kept tokens past the limit', () => {
    const result = sample(EXAMPLE_DISTRIBUTION.logits, { temperature: 2, topK: 60, topP: 1 });
    const counts = drawFromFinal(result.final, 10_000, 42);
    const { rows, rest } = drawRows(EXAMPLE_DISTRIBUTION, result, counts, 10);
    expect(rows).toHaveLength(10);
    expect(rest.count).toBe(50);
    expect(sum(rows.map((row) => row.drawn)) + rest.drawn).toBe(10_000);
    expect(sum(rows.map((row) => row.probability)) + rest.probability).toBeCloseTo(1, 12);
  });
});
