import { MEMORY_PARTS, type MemoryPart } from '../../domain/per-gpu-memory';
import type { StepPhase } from '../../domain/training/step-timeline';
import type { PlanResult } from '../../domain/training/plan-search';
import { bytesToUnit, type UnitSystem } from '../../domain/units';
import { formatBytesIn } from '../../lib/format';
import { PART_LABELS } from '../../lib/part-labels';

/** Each moment of a step by name, as the chart, its table and the plans table call it. */
export const STEP_PHASE_LABELS: Readonly<Record<StepPhase, string>> = {
  forward: 'End of forward',
  backward: 'Start of backward',
  step: 'Optimizer step',
};

/** One height for the chart and its loading placeholder, so the page does not jump. */
export const STEP_TIMELINE_HEIGHT = 260;

const TRAINING_PARTS: readonly MemoryPart[] = MEMORY_PARTS.filter((part) => part !== 'kvCache');

/** One moment of the step: its parts in the page's unit for the chart, and its total. */
export interface StepTimelineRow {
  phase: StepPhase;
  label: string;
  values: Record<MemoryPart, number>;
  bytes: Record<MemoryPart, number>;
  totalBytes: number;
  isPeak: boolean;
}

export interface StepTimelineData {
  unit: UnitSystem;
  parts: readonly MemoryPart[];
  rows: StepTimelineRow[];
  capacity: number;
  capacityBytes: number;
}

/** The three moments of one step on the plan's busiest GPU (docs/method.md §13), for the chart and its table. */
export function stepTimelineData(plan: PlanResult, unit: UnitSystem): StepTimelineData {
  const timeline = plan.memory.timeline;
  return {
    unit,
    parts: TRAINING_PARTS,
    capacity: bytesToUnit(plan.capacityBytes, unit),
    capacityBytes: plan.capacityBytes,
    rows: timeline.phases.map(({ phase, parts, totalBytes }) => ({
      phase,
      label: STEP_PHASE_LABELS[phase],
      values: Object.fromEntries(
        MEMORY_PARTS.map((part) => [part, bytesToUnit(parts[part], unit)]),
      ) as Record<MemoryPart, number>,
      bytes: { ...parts },
      totalBytes,
      isPeak: phase === timeline.peak,
    })),
  };
}

/** The chart in one sentence, for screen readers: where the step peaks and by how much. */
export function stepTimelineSummary(data: StepTimelineData): string {
  const peak = data.rows.find((row) => row.isPeak)!;
  const moments = data.rows
    .map((row) => `${row.label.toLowerCase()} ${formatBytesIn(row.totalBytes, data.unit)}`)
    .join(', ');
  return `Bar chart of one training step on the busiest GPU: ${moments}; the peak is the ${peak.label.toLowerCase()}, against ${formatBytesIn(data.capacityBytes, data.unit)} usable. ${data.parts.map((part) => PART_LABELS[part]).join(', ')} are stacked.`;
}
