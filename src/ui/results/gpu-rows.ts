import type { GpuRow } from '../../domain/analysis';
import type { Scenario } from '../../domain/scenario';
import { findDriverReport } from '../../domain/presets/driver-reports';
import { formatBytesIn, formatCapacity, formatInteger } from '../../lib/format';
import { driverReportText } from '../../lib/gpu-memory-text';
import { describeIssue } from './field-labels';
import { layoutName } from '../../lib/layout-name';
import type { UnitSystem } from '../../domain/units';

export interface GpuTableRow {
  presetId: string;
  name: string;
  capacity: string;
  /** The capacity as the driver's tool prints it ("nvidia-smi: 24,564 MiB"), where one was found. */
  driverFigure: string | null;
  gpus: string;
  /** The layout in words, or null for one GPU or none. */
  layout: string | null;
  perGpu: string;
  fits: boolean;
  status: 'Fits' | 'Does not fit';
  /** How far over, or why nothing fits. */
  statusDetail: string | null;
  isCurrent: boolean;
}

/**
 * One row per GPU preset for the same scenario: the layout in force on that GPU (the smallest
 * that fits, or the user's manual one), its GPU count and per-GPU memory, and whether it fits.
 */
export function gpuTableRows(
  rows: readonly GpuRow[],
  currentGpu: Scenario['gpu'],
  unit: UnitSystem,
): GpuTableRow[] {
  return rows.map(({ presetId, gpu, result }): GpuTableRow => {
    const report = findDriverReport(presetId);
    const base = {
      presetId,
      name: gpu.name,
      capacity: formatCapacity(gpu.memoryBytes, unit),
      driverFigure: report ? driverReportText(report) : null,
      isCurrent: currentGpu === presetId,
    };
    const none = {
      gpus: '—',
      layout: null,
      perGpu: '—',
      fits: false,
      status: 'Does not fit',
    } as const;
    if (!result.ok)
      return { ...base, ...none, statusDetail: result.issues.map(describeIssue).join('; ') };
    const e = result.estimate;
    const { fits, gpus, layout, perGpuBytes, freeBytes } = e.layout;
    if (!fits && e.scenario.layout === 'auto') {
      return { ...base, ...none, statusDetail: e.chosenStage.reason ?? 'no layout fits' };
    }
    return {
      ...base,
      gpus: formatInteger(gpus),
      layout: gpus > 1 ? layoutName(layout) : null,
      perGpu: formatBytesIn(perGpuBytes, unit),
      fits,
      status: fits ? 'Fits' : 'Does not fit',
      statusDetail: fits ? null : `${formatBytesIn(-freeBytes, unit)} over`,
    };
  });
}
