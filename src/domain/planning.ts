import type { Estimate } from './estimate';
import type { MemoryParts } from './per-gpu-memory';
import {
  largestFitting,
  logSteps,
  memoryCurve,
  type SolverAnswer,
  type SweepAxis,
} from './solvers';

/** The x positions of each curve: powers of two over the range people plan for. */
export const CURVE_STEPS: Readonly<Record<SweepAxis, readonly number[]>> = {
  seqLen: logSteps(128, 131_072),
  batch: logSteps(1, 1024),
};

/** One x position of a sweep: per-GPU memory by part on the layout in force. */
export interface SweepPoint {
  x: number;
  bytes: MemoryParts;
  totalBytes: number;
  fits: boolean;
  /** The solver's answer: the largest value that fits. */
  isAnswer: boolean;
}

/** One solver and the memory curve around it, in bytes. */
export interface Sweep {
  axis: SweepAxis;
  answer: SolverAnswer;
  points: SweepPoint[];
  capacityBytes: number;
}

/**
 * The largest value of `axis` that fits on the estimate's layout, and per-GPU memory at each curve
 * step (plus the answer itself when it falls between steps).
 */
export function sweep(e: Estimate, axis: SweepAxis): Sweep {
  const layout = e.layout.layout;
  const answer = largestFitting(e.scenario, layout, axis);
  const steps = CURVE_STEPS[axis];
  const first = steps[0]!;
  const last = steps.at(-1)!;
  const isOnChart = answer.value >= first && answer.value <= last;
  const xs = isOnChart && !steps.includes(answer.value) ? [...steps, answer.value] : [...steps];
  xs.sort((a, b) => a - b);
  const points = memoryCurve(e.scenario, layout, axis, xs).map((point): SweepPoint => ({
    x: point.value,
    bytes: point.parts,
    totalBytes: point.totalBytes,
    fits: point.fits,
    isAnswer: isOnChart && point.value === answer.value,
  }));
  return { axis, answer, points, capacityBytes: e.layout.capacityBytes };
}

/** Both solvers for an estimate: the largest batch at its sequence length, the longest sequence at its batch. */
export interface Sweeps {
  batch: Sweep;
  seqLen: Sweep;
}

export const sweeps = (e: Estimate): Sweeps => ({
  batch: sweep(e, 'batch'),
  seqLen: sweep(e, 'seqLen'),
});
