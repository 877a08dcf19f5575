import type { GpuSpec } from '../gpu';
import { mibToBytes } from '../units';
import { GPU_PRESETS_2025 } from './gpus-2025';

/**
 * GPU presets. Memory is what the driver reports (nvidia-smi "Total", rocm-smi "VRAM Total Memory"; docs/method.md §10);
 * bandwidth and dense (non-sparse) bf16/fp16 tensor FLOP/s are from the vendors' datasheets.
 */
export interface GpuPreset {
  id: string;
  source: string;
  gpu: GpuSpec;
}

const TB = 1e12;
const TFLOPS = 1e12;

export const GPU_PRESETS: readonly GpuPreset[] = [
  {
    id: 'v100-32gb',
    source:
      'NVIDIA V100 datasheet (SXM2): 900 GB/s, 125 TFLOPS fp16 tensor (V100 has no bf16); nvidia-smi Total 32510 MiB (public nvidia-smi logs of Tesla V100-SXM2-32GB); no fp8 or int8 tensor cores (V100 tensor cores are fp16 only); NVLink 300 GB/s',
    gpu: {
      name: 'V100 32GB',
      memoryBytes: mibToBytes(32510),
      labelGB: 32,
      bandwidthBytesPerSecond: 0.9 * TB,
      peakFlops: 125 * TFLOPS,
      bf16: false,
      fp8Flops: 0,
      int8Ops: 0,
      fp4Flops: 0,
      interconnect: 'nvlink',
      gpusPerNode: 8,
    },
  },
  {
    id: 'a100-40gb',
    source:
      'NVIDIA A100 datasheet (SXM4 40GB): 1,555 GB/s, 312 TFLOPS bf16 dense (624 with sparsity); nvidia-smi Total 40960 MiB with current drivers (older drivers print 40536 MiB); INT8 1,248 TOPS with sparsity (624 dense), no fp8; NVLink 600 GB/s',
    gpu: {
      name: 'A100 40GB',
      memoryBytes: mibToBytes(40960),
      labelGB: 40,
      bandwidthBytesPerSecond: 1.555 * TB,
      peakFlops: 312 * TFLOPS,
      bf16: true,
      fp8Flops: 0,
      int8Ops: 624 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'nvlink',
      gpusPerNode: 8,
    },
  },
  {
    id: 'a100-80gb',
    source:
      'NVIDIA A100 datasheet (SXM4 80GB): 2,039 GB/s, 312 TFLOPS bf16 dense (624 with sparsity); nvidia-smi Total 81920 MiB with current drivers (R470 prints 81251 MiB); INT8 1,248 TOPS with sparsity (624 dense), no fp8; NVLink 600 GB/s',
    gpu: {
      name: 'A100 80GB',
      memoryBytes: mibToBytes(81920),
      labelGB: 80,
      bandwidthBytesPerSecond: 2.039 * TB,
      peakFlops: 312 * TFLOPS,
      bf16: true,
      fp8Flops: 0,
      int8Ops: 624 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'nvlink',
      gpusPerNode: 8,
    },
  },
  {
    id: 'h100-80gb',
    source:
      'NVIDIA H100 datasheet (SXM5): 3.35 TB/s, 989 TFLOPS bf16 dense (1,979 with sparsity); nvidia-smi Total 81559 MiB (H100 80GB HBM3); FP8 3,958 TFLOPS and INT8 3,958 TOPS with sparsity (1,979 dense); NVLink 900 GB/s',
    gpu: {
      name: 'H100 80GB',
      memoryBytes: mibToBytes(81559),
      labelGB: 80,
      bandwidthBytesPerSecond: 3.35 * TB,
      peakFlops: 989 * TFLOPS,
      bf16: true,
      fp8Flops: 1979 * TFLOPS,
      int8Ops: 1979 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'nvlink',
      gpusPerNode: 8,
    },
  },
  {
    id: 'h200-141gb',
    source:
      'NVIDIA H200 datasheet (SXM): 4.8 TB/s, 989 TFLOPS bf16 dense (1,979 with sparsity); nvidia-smi Total 143771 MiB; FP8 3,958 TFLOPS and INT8 3,958 TOPS with sparsity (1,979 dense); NVLink 900 GB/s',
    gpu: {
      name: 'H200 141GB',
      memoryBytes: mibToBytes(143771),
      labelGB: 141,
      bandwidthBytesPerSecond: 4.8 * TB,
      peakFlops: 989 * TFLOPS,
      bf16: true,
      fp8Flops: 1979 * TFLOPS,
      int8Ops: 1979 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'nvlink',
      gpusPerNode: 8,
    },
  },
  {
    id: 'l40s-48gb',
    source:
      'NVIDIA L40S datasheet: 864 GB/s, 362.05 TFLOPS bf16 dense (733 with sparsity); nvidia-smi Total 46068 MiB; FP8 1,466 TFLOPS and INT8 1,466 TOPS with sparsity (733 dense); PCIe Gen4, no NVLink',
    gpu: {
      name: 'L40S 48GB',
      memoryBytes: mibToBytes(46068),
      labelGB: 48,
      bandwidthBytesPerSecond: 0.864 * TB,
      peakFlops: 362.05 * TFLOPS,
      bf16: true,
      fp8Flops: 733 * TFLOPS,
      int8Ops: 733 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'pcie',
      gpusPerNode: 8,
    },
  },
  {
    id: 'rtx-4090',
    source:
      'NVIDIA Ada GPU architecture whitepaper, Appendix A (RTX 4090): 1,008 GB/s, 165.2 TFLOPS bf16 dense with fp32 accumulate (330.4 with sparsity); nvidia-smi Total 24564 MiB; FP8 330.3 TFLOPS dense with fp32 accumulate, INT8 660.6 TOPS dense; PCIe Gen4, no NVLink',
    gpu: {
      name: 'RTX 4090 24GB',
      memoryBytes: mibToBytes(24564),
      labelGB: 24,
      bandwidthBytesPerSecond: 1.008 * TB,
      peakFlops: 165.2 * TFLOPS,
      bf16: true,
      fp8Flops: 330.3 * TFLOPS,
      int8Ops: 660.6 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'pcie',
      gpusPerNode: 8,
    },
  },
  {
    id: 'rtx-3090',
    source:
      'NVIDIA Ampere GA102 whitepaper, Appendix A (RTX 3090): 936 GB/s, 71 TFLOPS bf16 dense with fp32 accumulate (142 with sparsity); nvidia-smi Total 24576 MiB with current drivers (older drivers print 24268 MiB); INT8 284 TOPS dense, no fp8; PCIe Gen4 (an NVLink bridge joins two cards only)',
    gpu: {
      name: 'RTX 3090 24GB',
      memoryBytes: mibToBytes(24576),
      labelGB: 24,
      bandwidthBytesPerSecond: 0.936 * TB,
      peakFlops: 71 * TFLOPS,
      bf16: true,
      fp8Flops: 0,
      int8Ops: 284 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'pcie',
      gpusPerNode: 8,
    },
  },
  {
    id: 'mi300x-192gb',
    source:
      'AMD Instinct MI300X datasheet: 5.3 TB/s, 1,307.4 TFLOPS bf16 dense (2,614.9 with sparsity); rocm-smi VRAM Total Memory 206141652992 B = 196592 MiB; FP8 2,614.9 TFLOPS and INT8 2,614.9 TOPS dense; Infinity Fabric 896 GB/s',
    gpu: {
      name: 'MI300X 192GB',
      memoryBytes: mibToBytes(196592),
      labelGB: 192,
      bandwidthBytesPerSecond: 5.3 * TB,
      peakFlops: 1307.4 * TFLOPS,
      bf16: true,
      fp8Flops: 2614.9 * TFLOPS,
      int8Ops: 2614.9 * TFLOPS,
      fp4Flops: 0,
      interconnect: 'infinity-fabric',
      gpusPerNode: 8,
    },
  },
  ...GPU_PRESETS_2025,
];

export const DEFAULT_GPU_PRESET_ID = 'rtx-4090';

export function findGpuPreset(id: string): GpuPreset | undefined {
  return GPU_PRESETS.find((preset) => preset.id === id);
}
