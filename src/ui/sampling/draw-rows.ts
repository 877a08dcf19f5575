import { drawTokens, seededRandom, type SamplingResult } from '../../domain/sampling';
import type { TokenDistribution } from './example-distribution';
import { TOP_ROWS } from './sampling-rows';

/**
 * The same draws as drawTokens(final, count, seed), found by binary search over the running sums of the
 * kept tokens instead of a scan over every token, so 10,000 draws over 5,000 kept tokens stay instant.
 * The running sums are added in the same order as drawTokens adds them (zeros add nothing), so each
 * draw lands on the same token.
 */
export function drawFromFinal(final: readonly number[], count: number, seed: number): number[] {
  const kept: number[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  final.forEach((p, index) => {
    if (p <= 0) return;
    sum += p;
    kept.push(index);
    cumulative.push(sum);
  });
  const last = kept.at(-1);
  if (last === undefined) return drawTokens(final, count, seed);
  const random = seededRandom(seed);
  const counts = new Array<number>(final.length).fill(0);
  for (let n = 0; n < count; n++) {
    const u = random();
    let low = 0;
    let high = cumulative.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (u < cumulative[middle]!) high = middle;
      else low = middle + 1;
    }
    const chosen = kept[low] ?? last;
    counts[chosen] = (counts[chosen] ?? 0) + 1;
  }
  return counts;
}

/** One kept token's draws against what the final distribution expects. */
export interface DrawRow {
  rank: number;
  token: string;
  probability: number;
  expected: number;
  drawn: number;
  /** drawn / draws. */
  share: number;
}

export function drawRows(
  distribution: TokenDistribution,
  result: SamplingResult,
  counts: readonly number[],
  limit = TOP_ROWS,
): { rows: DrawRow[]; rest: { count: number; probability: number; drawn: number } } {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const rows: DrawRow[] = [];
  const rest = { count: 0, probability: 0, drawn: 0 };
  result.order
    .filter((index) => (result.final[index] ?? 0) > 0)
    .forEach((index, position) => {
      const probability = result.final[index] ?? 0;
      const drawn = counts[index] ?? 0;
      if (position >= limit) {
        rest.count++;
        rest.probability += probability;
        rest.drawn += drawn;
        return;
      }
      rows.push({
        rank: position + 1,
        token: distribution.tokens[index] ?? '',
        probability,
        expected: probability * total,
        drawn,
        share: total > 0 ? drawn / total : 0,
      });
    });
  return { rows, rest };
}
