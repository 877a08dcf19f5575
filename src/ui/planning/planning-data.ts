import type { Estimate } from '../../domain/estimate';
import { MEMORY_PARTS, type MemoryPart, type MemoryParts } from '../../domain/per-gpu-memory';
import { sweeps, type Sweep, type SweepPoint, type Sweeps } from '../../domain/planning';
import type { Mode } from '../../domain/scenario';
import type { SolverAnswer, SweepAxis } from '../../domain/solvers';
import { chartParts } from '../charts/chart-parts';
import { bytesToUnit } from '../../domain/units';
import type { UnitSystem } from '../../domain/units';

/** One x position of a curve: per-GPU memory by part, in bytes and in the chosen unit. */
export interface CurvePoint extends SweepPoint {
  values: MemoryParts;
  total: number;
}

export interface CurveData {
  axis: SweepAxis;
  unit: UnitSystem;
  parts: readonly MemoryPart[];
  points: CurvePoint[];
  capacityBytes: number;
  capacity: number;
  answer: SolverAnswer;
  /** The point where the curve meets the capacity (the answer), when it lies on the chart. */
  crossing: CurvePoint | null;
  /** The top of the value axis: tall enough to show the capacity and the crossing, capped so neither is squashed. */
  yMax: number;
  yMaxBytes: number;
  /** True when some points rise above `yMax` and are cut off (the table still has them). */
  isClipped: boolean;
}

/** Both solvers for the scenario on its layout in force: at its sequence length and at its batch. */
export interface PlanningData {
  batch: CurveData;
  seqLen: CurveData;
}

/** The curves' drawing height in pixels, shared by the chart and its loading placeholder. */
export const CURVE_HEIGHT = 300;

/** Points above this many capacities are cut off: beyond it the capacity line would sink into the x axis. */
const Y_CAP = 3;

function curveData(sweep: Sweep, mode: Mode, unit: UnitSystem): CurveData {
  const { axis, answer, capacityBytes } = sweep;
  const points = sweep.points.map((point): CurvePoint => ({
    ...point,
    values: inUnit(point.bytes, unit),
    total: bytesToUnit(point.totalBytes, unit),
  }));
  const highest = Math.max(...points.map((point) => point.totalBytes));
  const yMax = niceCeiling(
    bytesToUnit(Math.max(capacityBytes * 1.15, Math.min(highest, capacityBytes * Y_CAP)), unit),
  );
  const yMaxBytes = yMax / bytesToUnit(1, unit);
  return {
    axis,
    unit,
    parts: chartParts(mode),
    points,
    capacityBytes,
    capacity: bytesToUnit(capacityBytes, unit),
    answer,
    crossing: points.find((point) => point.isAnswer) ?? null,
    yMax,
    yMaxBytes,
    isClipped: highest > yMaxBytes,
  };
}

/** Rounds up to a multiple of half a power of ten (77.3 → 80, 0.23 → 0.25), so the axis ends on a round tick. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const half = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / half - 1e-9) * half;
}

function inUnit(parts: MemoryParts, unit: UnitSystem): MemoryParts {
  return {
    weights: bytesToUnit(parts.weights, unit),
    gradients: bytesToUnit(parts.gradients, unit),
    optimizer: bytesToUnit(parts.optimizer, unit),
    activations: bytesToUnit(parts.activations, unit),
    kvCache: bytesToUnit(parts.kvCache, unit),
    overhead: bytesToUnit(parts.overhead, unit),
  };
}

/**
 * Whether two curves would draw the same picture. Moving the sequence-length slider leaves the
 * curve along the sequence axis unchanged (and the batch slider the batch curve), so the chart that
 * did not change is not redrawn.
 */
export function sameCurve(a: CurveData, b: CurveData): boolean {
  if (a === b) return true;
  if (
    a.axis !== b.axis ||
    a.unit !== b.unit ||
    a.capacityBytes !== b.capacityBytes ||
    a.yMaxBytes !== b.yMaxBytes ||
    a.answer.value !== b.answer.value ||
    a.answer.atCeiling !== b.answer.atCeiling ||
    a.parts.join() !== b.parts.join() ||
    a.points.length !== b.points.length
  )
    return false;
  return a.points.every((point, i) => {
    const other = b.points[i]!;
    return (
      point.x === other.x && MEMORY_PARTS.every((part) => point.bytes[part] === other.bytes[part])
    );
  });
}

/**
 * Everything the planning section draws on every slider step: the largest batch at the current
 * sequence length, the longest sequence at the current batch, and the memory curve along each, in
 * the unit shown. The solvers run once per scenario (`analyse(scenario).sweeps()`); pass them in.
 */
export function planningData(e: Estimate, unit: UnitSystem, s: Sweeps = sweeps(e)): PlanningData {
  return {
    batch: curveData(s.batch, e.scenario.mode, unit),
    seqLen: curveData(s.seqLen, e.scenario.mode, unit),
  };
}
