import { BYTES_PER_MIB } from '../units';

/** The tool a vendor ships to print a device's memory. */
export type DriverTool = 'nvidia-smi' | 'rocm-smi' | 'Metal';

/**
 * A GPU's capacity as its driver's own tool prints it, so the page can name the figure a user sees
 * in their terminal ("nvidia-smi: 24,564 MiB"). Each is quoted from a public output, named in
 * `source`; a preset with none found has no entry rather than one worked out.
 */
export interface DriverReport {
  tool: DriverTool;
  amount: number;
  /** The unit the tool prints: nvidia-smi and llama.cpp's Metal line in MiB, rocm-smi in bytes. */
  unit: 'MiB' | 'B';
  source: string;
}

const nvidiaSmi = (mib: number, source: string): DriverReport => ({
  tool: 'nvidia-smi',
  amount: mib,
  unit: 'MiB',
  source,
});

/** By preset id. The RTX PRO 6000 (a config file's figure) and the MI325X (PyTorch's GiB) have none. */
export const DRIVER_REPORTS: Readonly<Record<string, DriverReport>> = {
  'v100-32gb': nvidiaSmi(32510, 'public nvidia-smi logs of Tesla V100-SXM2-32GB'),
  'a100-40gb': nvidiaSmi(40960, 'nvidia-smi Total with current drivers'),
  'a100-80gb': nvidiaSmi(81920, 'nvidia-smi Total with current drivers'),
  'h100-80gb': nvidiaSmi(81559, 'nvidia-smi Total, H100 80GB HBM3'),
  'h200-141gb': nvidiaSmi(143771, 'nvidia-smi Total, H200'),
  'l40s-48gb': nvidiaSmi(46068, 'nvidia-smi Total, L40S'),
  'rtx-4090': nvidiaSmi(24564, 'nvidia-smi Total, GeForce RTX 4090'),
  'rtx-3090': nvidiaSmi(24576, 'nvidia-smi Total with current drivers'),
  'mi300x-192gb': {
    tool: 'rocm-smi',
    amount: 206_141_652_992,
    unit: 'B',
    source: 'rocm-smi "VRAM Total Memory (B): 206141652992" (ROCm issue 4750)',
  },
  'b200-180gb': nvidiaSmi(183359, 'nvidia-smi "166593MiB / 183359MiB" (TensorRT-LLM issue 10278)'),
  'h20-96gb': nvidiaSmi(97871, 'nvidia-smi "0MiB / 97871MiB" (NVIDIA nvtrust issue 128)'),
  'l4-24gb': nvidiaSmi(23034, 'nvidia-smi Total (modal-client PR 2797)'),
  'a10g-24gb': nvidiaSmi(23028, 'nvidia-smi "8722MiB / 23028MiB" (NVIDIA DCGM issue 232)'),
  't4-16gb': nvidiaSmi(15360, 'nvidia-smi Total (modal-client PR 2797)'),
  'rtx-5090': nvidiaSmi(
    32607,
    'nvidia-smi "492MiB / 32607MiB", driver 595.71.05 (noonghunna/club-3090 issue 617)',
  ),
  'mi355x-288gb': {
    tool: 'rocm-smi',
    amount: 309_220_868_096,
    unit: 'B',
    source: 'rocm-smi "VRAM Total Memory (B)" 309220868096',
  },
  'apple-m3-max-128gb': {
    tool: 'Metal',
    amount: 98304,
    unit: 'MiB',
    source: 'llama.cpp\'s Metal line "recommendedMaxWorkingSetSize = 103079.22 MB (98304.00 MiB)"',
  },
};

/** The bytes a report stands for. */
export const reportedBytes = (report: DriverReport): number =>
  report.unit === 'MiB' ? report.amount * BYTES_PER_MIB : report.amount;

export function findDriverReport(presetId: string): DriverReport | undefined {
  return Object.hasOwn(DRIVER_REPORTS, presetId) ? DRIVER_REPORTS[presetId] : undefined;
}
