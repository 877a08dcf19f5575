import {
  checkNonNegativeNumber,
  checkPositiveInteger,
  checkPositiveNumber,
  type FieldIssue,
} from './errors';

/** One accelerator: the capacity its driver reports, its memory bandwidth and dense 16-bit throughput. */
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
  checkPositiveInteger(issues, `${prefix}.gpusPerNode`, gpu.gpusPerNode, { max: 1024 });
  return issues;
}
