import type { SamplingResult } from '../../domain/sampling';
import type { TokenDistribution } from './example-distribution';

/** How many of the most probable tokens the charts and tables show; the rest are summed in one line. */
export const TOP_ROWS = 40;

/** One token at every step of temperature → top-k → top-p → renormalisation. */
export interface StepRow {
  /** 1 for the most probable token after temperature. */
  rank: number;
  token: string;
  logit: number;
  original: number;
  tempered: number;
  /** The tempered probability renormalised over the top-k set (what top-p measures); 0 outside it. */
  afterTopK: number;
  keptByTopK: boolean;
  keptByTopP: boolean;
  final: number;
  /** afterTopK summed down to this token, the running total top-p compares with P; null outside the top-k set. */
  cumulative: number | null;
}

/** The tokens past the shown rows, summed. */
export interface OtherTokens {
  count: number;
  original: number;
  tempered: number;
  afterTopK: number;
  final: number;
  keptByTopK: number;
  keptByTopP: number;
}

export function stepRows(
  distribution: TokenDistribution,
  result: SamplingResult,
  limit = TOP_ROWS,
): { rows: StepRow[]; rest: OtherTokens } {
  let topKMass = 0;
  result.order.forEach((index) => {
    if (result.keptByTopK[index]) topKMass += result.tempered[index]!;
  });
  const rows: StepRow[] = [];
  const rest: OtherTokens = {
    count: 0,
    original: 0,
    tempered: 0,
    afterTopK: 0,
    final: 0,
    keptByTopK: 0,
    keptByTopP: 0,
  };
  let cumulative = 0;
  result.order.forEach((index, position) => {
    const keptByTopK = result.keptByTopK[index] ?? false;
    const keptByTopP = result.keptByTopP[index] ?? false;
    const afterTopK = keptByTopK && topKMass > 0 ? result.tempered[index]! / topKMass : 0;
    cumulative += afterTopK;
    const row: StepRow = {
      rank: position + 1,
      token: distribution.tokens[index] ?? '',
      logit: distribution.logits[index] ?? 0,
      original: result.original[index] ?? 0,
      tempered: result.tempered[index] ?? 0,
      afterTopK,
      keptByTopK,
      keptByTopP,
      final: result.final[index] ?? 0,
      cumulative: keptByTopK ? Math.min(cumulative, 1) : null,
    };
    if (position < limit) {
      rows.push(row);
      return;
    }
    rest.count++;
    rest.original += row.original;
    rest.tempered += row.tempered;
    rest.afterTopK += row.afterTopK;
    rest.final += row.final;
    if (keptByTopK) rest.keptByTopK++;
    if (keptByTopP) rest.keptByTopP++;
  });
  return { rows, rest };
}
