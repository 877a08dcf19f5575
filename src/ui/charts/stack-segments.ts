import type { MemoryPart } from '../../domain/per-gpu-memory';

/** The sum of the parts drawn: how far the stack of a bar's parts reaches. */
export const stackTotal = (
  values: Readonly<Record<MemoryPart, number>>,
  parts: readonly MemoryPart[],
): number => parts.reduce((sum, part) => sum + values[part], 0);

/** A bar's length, as Recharts reads it from a row. */
export function stackLength(
  parts: readonly MemoryPart[],
): (row: { values: Readonly<Record<MemoryPart, number>> }) => number {
  return (row) => stackTotal(row.values, parts);
}

export interface StackSegment {
  part: MemoryPart;
  left: number;
  length: number;
}

/**
 * Where each part of a bar drawn from `left` with `length` pixels goes: bottom of the stack first,
 * each as long as its share of the bar's total. Parts of zero are left out, as a stacked bar of
 * zero draws nothing.
 */
export function stackSegments(
  values: Readonly<Record<MemoryPart, number>>,
  parts: readonly MemoryPart[],
  left: number,
  length: number,
): StackSegment[] {
  const total = stackTotal(values, parts);
  const segments: StackSegment[] = [];
  if (!(total > 0)) return segments;
  let start = left;
  for (const part of parts) {
    const share = (length * values[part]) / total;
    if (share > 0) segments.push({ part, left: start, length: share });
    start += share;
  }
  return segments;
}
