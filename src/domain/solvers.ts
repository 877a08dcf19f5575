import { evaluateLayout } from './gpu-search';
import type { Layout } from './layout';
import { createMemoryContext, type MemoryParts } from './per-gpu-memory';
import { MAX_BATCH, MAX_SEQ_LEN, type ResolvedScenario } from './scenario';

/** The answer of a solver: the largest value that fits, or none, and whether the search hit its ceiling. */
export interface SolverAnswer {
  /** Largest fitting value, or 0 when even the smallest does not fit. */
  value: number;
  /** True when the search ceiling itself fits, so the real limit is at least `value`. */
  atCeiling: boolean;
}

/** The axis a solver or a curve moves along. */
export type SweepAxis = 'batch' | 'seqLen';

function withAxis(s: ResolvedScenario, axis: SweepAxis, value: number): ResolvedScenario {
  return axis === 'batch' ? { ...s, batch: value } : { ...s, seqLen: value };
}

function fitsAt(s: ResolvedScenario, layout: Layout, axis: SweepAxis, value: number): boolean {
  return evaluateLayout(createMemoryContext(withAxis(s, axis, value)), layout).fits;
}

/**
 * The largest batch (or sequence length) that fits on `layout`, exact to one sample or token:
 * bisection on the engine itself, which is valid because memory never falls as either grows
 * (a property the tests check).
 */
export function largestFitting(s: ResolvedScenario, layout: Layout, axis: SweepAxis): SolverAnswer {
  const ceiling = axis === 'batch' ? MAX_BATCH : MAX_SEQ_LEN;
  if (!fitsAt(s, layout, axis, 1)) return { value: 0, atCeiling: false };
  let low = 1;
  let high = 2;
  while (high < ceiling && fitsAt(s, layout, axis, high)) {
    low = high;
    high = Math.min(ceiling, high * 2);
  }
  if (high === ceiling && fitsAt(s, layout, axis, ceiling))
    return { value: ceiling, atCeiling: true };
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fitsAt(s, layout, axis, middle)) low = middle;
    else high = middle;
  }
  return { value: low, atCeiling: false };
}

/** Per-GPU memory by part at each value of `axis`, on a fixed layout, for the memory curves. */
export function memoryCurve(
  s: ResolvedScenario,
  layout: Layout,
  axis: SweepAxis,
  values: readonly number[],
): { value: number; parts: MemoryParts; totalBytes: number; fits: boolean }[] {
  return values.map((value) => {
    const result = evaluateLayout(createMemoryContext(withAxis(s, axis, value)), layout);
    return { value, parts: result.perGpu, totalBytes: result.perGpuBytes, fits: result.fits };
  });
}

/** Powers of two from `from` to `to`, plus `to` itself: the x positions of a log-scale curve. */
export function logSteps(from: number, to: number): number[] {
  const steps: number[] = [];
  for (let value = from; value < to; value *= 2) steps.push(value);
  steps.push(to);
  return steps;
}
