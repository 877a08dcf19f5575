import { describe, expect, it } from 'vitest';
import { DRIVER_REPORTS, findDriverReport, reportedBytes } from './driver-reports';
import { findGpuPreset, GPU_PRESETS } from './gpus';

describe('driver reports', () => {
  it.each(Object.entries(DRIVER_REPORTS))(
    "%s: the printed figure is the preset's capacity to the byte",
    (id, report) => {
      expect(findGpuPreset(id)?.gpu.memoryBytes).toBe(reportedBytes(report));
      expect(report.source.trim()).not.toBe('');
    },
  );

  it('names every preset id that exists, and leaves out the two with no printed figure found', () => {
    const ids = GPU_PRESETS.map((preset) => preset.id);
    expect(Object.keys(DRIVER_REPORTS).every((id) => ids.includes(id))).toBe(true);
    expect(ids.filter((id) => !findDriverReport(id))).toEqual(['rtx-pro-6000', 'mi325x-256gb']);
  });

  it('RTX 4090: nvidia-smi prints 24,564 MiB (README, docs/method.md §10)', () => {
    expect(findDriverReport('rtx-4090')).toMatchObject({ tool: 'nvidia-smi', amount: 24564 });
  });

  it('has no entry for a name that is not a preset id', () => {
    expect(findDriverReport('toString')).toBeUndefined();
  });
});
