import { describe, expect, it } from 'vitest';
import { sample } from '../../domain/sampling';
import { EXAMPLE_DISTRIBUTION } from './example-distribution';
import { stepRows } from './sampling-rows';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const distribution = { tokens: ['b', 'a', 'c', 'd'], logits: [2, 3, 1, 0] };

describe('stepRows', () => {
  it('orders tokens by probability and carries every step, the cumulative sum stopping at the top-k set', () => {
    const result = sample(distribution.logits, { temperature: 1, topK: 3, topP: 0.8 });
    const { rows, rest } = stepRows(distribution, result);
    expect(rows.map((row) => [row.rank, row.token, row.logit])).toEqual([
      [1, 'a', 3],
      [2, 'b', 2],
      [3, 'c', 1],
      [4, 'd', 0],
    ]);
    expect(rows.map((row) => [row.keptByTopK, row.keptByTopP])).toEqual([
      [true, true],
      [true, true],
      [true, false],
      [false, false],
    ]);
    const topKMass = sum(result.tempered.slice(0, 3));
    expect(rows[0]!.afterTopK).toBeCloseTo(result.tempered[1]! / topKMass, 12);
    expect(rows[3]!.afterTopK).toBe(0);
    expect(rows.map((row) => row.cumulative)).toEqual([
      rows[0]!.afterTopK,
      rows[0]!.afterTopK + rows[1]!.afterTopK,
      expect.closeTo(1, 12),
      null,
    ]);
    expect(rows.map((row) => row.final)).toEqual([result.final[1], result.final[0], 0, 0]);
    expect(rest.count).toBe(0);
  });

  it('shows the top rows and sums the rest, so the shown and the rest add up to 1 at every step', () => {
    const result = sample(EXAMPLE_DISTRIBUTION.logits, { temperature: 1.5, topK: 45, topP: 0.99 });
    const { rows, rest } = stepRows(EXAMPLE_DISTRIBUTION, result, 40);
    expect(rows).toHaveLength(40);
    expect(rest.count).toBe(EXAMPLE_DISTRIBUTION.tokens.length - 40);
    for (const step of ['original', 'tempered', 'afterTopK', 'final'] as const) {
      expect(sum(rows.map((row) => row[step])) + rest[step]).toBeCloseTo(1, 12);
    }
    expect(rest.keptByTopK).toBe(5);
    expect(rows.filter((row) => row.keptByTopP).length + rest.keptByTopP).toBe(result.keptCount);
  });
});
