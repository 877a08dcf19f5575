import {
  checkNonNegativeNumber,
  checkPositiveInteger,
  checkPositiveNumber,
  checkRate,
  type FieldIssue,
} from './errors';

/**
 * The throughputs a GPU may state. The floors are far below any accelerator (a 2010 card does
 * 1 TFLOPS and 100 GB/s) and keep every time the engine derives finite: a rate of 1e-300 would
 * put a prompt's prefill beyond the largest number a double holds.
 */
export const GPU_RATE_LIMITS = {
  flops: { min: 1e9, max: 1e19, minText: '1 GFLOP/s (1e9)' },
  bandwidth: { min: 1e6, max: 1e16, minText: '1 MB/s (1e6 bytes per second)' },
} as const;

/**
 * How a node's GPUs talk to each other: NVLink (or AMD's Infinity Fabric) is fast enough for
 * tensor parallelism; over PCIe alone it costs more than it saves; unified memory is one device.
 */
export type Interconnect = 'nvlink' | 'infinity-fabric' | 'pcie' | 'unified';
export const INTERCONNECTS: readonly Interconnect[] = [
  'nvlink',
  'infinity-fabric',
  'pcie',
  'unified',
];

/** Whether tensor parallelism across this GPU's node runs over a fast link. */
export const hasFastInterconnect = (gpu: GpuSpec): boolean =>
  gpu.interconnect === 'nvlink' || gpu.interconnect === 'infinity-fabric';

/** One accelerator: the capacity its driver reports, its memory bandwidth and dense throughput by precision. */
export interface GpuSpec {
  name: string;
  /** Usable memory as the driver reports it (nvidia-smi / rocm-smi), in bytes. */
  memoryBytes: number;
  /** The marketing label in GB ("24", "80"): what the seed's rule of thumb divides by. */
  labelGB: number;
  /** Peak memory bandwidth in bytes per second. */
  bandwidthBytesPerSecond: number;
  /** Peak dense bf16/fp16 tensor throughput in FLOP/s (no sparsity). */
  peakFlops: number;
  /**
   * Whether the chip computes in bfloat16 natively: NVIDIA from compute capability 8.0 (Ampere),
   * AMD CDNA 2 and later. V100 (7.0) and T4 (7.5) do not; there fp16 holds the same bytes.
   */
  bf16: boolean;
  /** Peak dense fp8 tensor throughput in FLOP/s; 0 where the chip has no fp8 tensor cores. */
  fp8Flops: number;
  /** Peak dense int8 tensor throughput in operations per second; 0 where it has none. */
  int8Ops: number;
  /** Peak dense fp4 tensor throughput in FLOP/s (Blackwell, MI355X); 0 where it has none. */
  fp4Flops: number;
  interconnect: Interconnect;
  /** GPUs that share a fast interconnect: the ceiling on tensor parallelism. */
  gpusPerNode: number;
}

export function validateGpu(gpu: GpuSpec, prefix = 'gpu'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof gpu.name !== 'string' || gpu.name.trim() === '')
    issues.push({ field: `${prefix}.name`, message: 'must not be empty' });
  checkPositiveNumber(issues, `${prefix}.memoryBytes`, gpu.memoryBytes, 1e15);
  checkNonNegativeNumber(issues, `${prefix}.labelGB`, gpu.labelGB, 1e6);
  // A bandwidth of 0 stays allowed as "not stated"; 16-bit compute must be stated.
  checkRate(issues, `${prefix}.bandwidthBytesPerSecond`, gpu.bandwidthBytesPerSecond, {
    ...GPU_RATE_LIMITS.bandwidth,
    allowZero: true,
  });
  if (typeof gpu.peakFlops === 'number' && gpu.peakFlops <= 0)
    checkPositiveNumber(issues, `${prefix}.peakFlops`, gpu.peakFlops);
  else
    checkRate(issues, `${prefix}.peakFlops`, gpu.peakFlops, {
      ...GPU_RATE_LIMITS.flops,
      allowZero: false,
    });
  if (typeof gpu.bf16 !== 'boolean')
    issues.push({ field: `${prefix}.bf16`, message: 'must be true or false' });
  for (const key of ['fp8Flops', 'int8Ops', 'fp4Flops'] as const)
    checkRate(issues, `${prefix}.${key}`, gpu[key], { ...GPU_RATE_LIMITS.flops, allowZero: true });
  if (!INTERCONNECTS.includes(gpu.interconnect))
    issues.push({
      field: `${prefix}.interconnect`,
      message: `must be one of ${INTERCONNECTS.join(', ')}`,
    });
  checkPositiveInteger(issues, `${prefix}.gpusPerNode`, gpu.gpusPerNode, { max: 1024 });
  return issues;
}
