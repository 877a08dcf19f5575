import type { DriverReport } from '../domain/presets/driver-reports';
import type { UnitSystem } from '../domain/units';
import { formatCapacity, formatInteger } from './format';

/** The driver's figure as its tool prints it, grouped: "nvidia-smi: 24,564 MiB". */
export const driverReportText = (report: DriverReport): string =>
  `${report.tool}: ${formatInteger(report.amount)} ${report.unit}`;

/** "23.99 GiB usable (nvidia-smi: 24,564 MiB)"; without a report, the capacity alone. */
export function gpuMemoryText(
  bytes: number,
  unit: UnitSystem,
  report: DriverReport | undefined,
): string {
  const usable = `${formatCapacity(bytes, unit)} usable`;
  return report ? `${usable} (${driverReportText(report)})` : usable;
}
