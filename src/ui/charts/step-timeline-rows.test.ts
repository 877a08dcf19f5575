import { describe, expect, it } from 'vitest';
import { MEMORY_PARTS } from '../../domain/per-gpu-memory';
import { estimateWith } from '../../test/scenario-fixtures';
import { stepTimelineData, stepTimelineSummary } from './step-timeline-rows';

describe('the step timeline (docs/method.md §13)', () => {
  it('three moments in the page’s unit, each part as in the engine, the peak marked and equal to the bar', () => {
    const e = estimateWith({ model: 'llama-3.1-8b', gpu: 'a100-80gb' });
    const plan = e.training!.plan;
    const data = stepTimelineData(plan, 'GiB');
    expect(data.rows.map((row) => row.label)).toEqual([
      'End of forward',
      'Start of backward',
      'Optimizer step',
    ]);
    for (const [i, row] of data.rows.entries()) {
      const parts = plan.memory.timeline.phases[i]!.parts;
      for (const part of MEMORY_PARTS) {
        expect(row.values[part]).toBeCloseTo(parts[part] / 2 ** 30, 12);
        expect(row.bytes[part]).toBe(parts[part]);
      }
    }
    const peak = data.rows.filter((row) => row.isPeak);
    expect(peak).toHaveLength(1);
    expect(peak[0]!.totalBytes).toBeCloseTo(e.layout.perGpuBytes, 0);
    expect(data.rows[2]!.values.activations).toBe(0);
    expect(data.capacityBytes).toBe(e.layout.capacityBytes);
  });

  it('says in one sentence where the step peaks', () => {
    const data = stepTimelineData(estimateWith().training!.plan, 'GB');
    expect(stepTimelineSummary(data)).toMatch(
      /^Bar chart of one training step on the busiest GPU: end of forward [\d.]+ GB, start of backward [\d.]+ GB, optimizer step [\d.]+ GB; the peak is the start of backward, against 24.5 GB usable\./,
    );
  });
});
