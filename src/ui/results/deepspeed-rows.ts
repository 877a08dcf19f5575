import { deepSpeedComparison, deepSpeedHardware } from '../../domain/training/deepspeed-comparison';
import { deepSpeedOptions } from '../../domain/training/deepspeed-estimator';
import type { Estimate } from '../../domain/estimate';
import type { UnitSystem } from '../../domain/units';
import { formatBytesIn } from '../../lib/format';

/** One row of DeepSpeed's printout beside ours, as text. */
export interface DeepSpeedTableRow {
  key: string;
  stage: string;
  /** DeepSpeed's own option string ("offload_param=cpu , offload_optimizer=cpu , zero_init=1"). */
  options: string;
  /** As DeepSpeed prints it: GiB to two decimals, labelled "GB" there. */
  dsCpu: string;
  dsGpu: string;
  oursGpu: string;
  oursHost: string;
}

/** DeepSpeed prints f"{bytes / 2**30:7.2f}GB": GiB, whatever it calls them. */
const printedGiB = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

/**
 * DeepSpeed's estimate for the plan's GPUs beside ours (docs/method.md §15), or null where its
 * estimator does not apply (LoRA, QLoRA: it assumes every weight is trained).
 */
export function deepSpeedTable(
  e: Estimate,
  unit: UnitSystem,
): { heading: string; rows: DeepSpeedTableRow[] } | null {
  const rows = deepSpeedComparison(e.scenario, e.params, e.layout.gpus);
  if (!rows) return null;
  const hw = deepSpeedHardware(e.layout.gpus, e.scenario.gpu.gpusPerNode);
  const bytes = (value: number | null) => (value === null ? '—' : formatBytesIn(value, unit));
  return {
    heading: `HW: Setup with ${hw.nodes} ${hw.nodes > 1 ? 'nodes' : 'node'}, ${hw.gpusPerNode} ${hw.gpusPerNode > 1 ? 'GPUs' : 'GPU'} per node. SW: Model with ${Math.trunc(e.params.total / 1e6)}M total params, ${Math.trunc(e.params.largestLayer / 1e6)}M largest layer params.`,
    rows: rows.map((r, index) => ({
      key: `${r.stage}-${index}`,
      stage: `ZeRO-${r.stage}`,
      options: deepSpeedOptions(r.row, r.stage),
      dsCpu: printedGiB(r.row.cpuBytes),
      dsGpu: printedGiB(r.row.gpuBytes),
      oursGpu: bytes(r.oursGpuBytes),
      oursHost: bytes(r.oursHostBytes),
    })),
  };
}
