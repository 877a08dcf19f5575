import {
  checkNonNegativeNumber,
  checkPositiveInteger,
  checkPositiveNumber,
  type FieldIssue,
} from './errors';

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
  checkNonNegativeNumber(
    issues,
    `${prefix}.bandwidthBytesPerSecond`,
    gpu.bandwidthBytesPerSecond,
    1e16,
  );
  // Without compute there is no time estimate, only "—"; a bandwidth of 0 stays allowed as "not stated".
  checkPositiveNumber(issues, `${prefix}.peakFlops`, gpu.peakFlops, 1e19);
  if (typeof gpu.bf16 !== 'boolean')
    issues.push({ field: `${prefix}.bf16`, message: 'must be true or false' });
  for (const key of ['fp8Flops', 'int8Ops', 'fp4Flops'] as const)
    checkNonNegativeNumber(issues, `${prefix}.${key}`, gpu[key], 1e19);
  if (!INTERCONNECTS.includes(gpu.interconnect))
    issues.push({
      field: `${prefix}.interconnect`,
      message: `must be one of ${INTERCONNECTS.join(', ')}`,
    });
  checkPositiveInteger(issues, `${prefix}.gpusPerNode`, gpu.gpusPerNode, { max: 1024 });
  return issues;
}
