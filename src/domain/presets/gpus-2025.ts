import type { GpuSpec } from '../gpu';
import { mibToBytes } from '../units';
import type { GpuPreset } from './gpus';

const TB = 1e12;
const T = 1e12;

const gpu = (spec: GpuSpec): GpuSpec => spec;

/**
 * Accelerators added in 2026: driver-reported memory (nvidia-smi "Total", rocm-smi "VRAM Total
 * Memory", Metal's recommendedMaxWorkingSetSize), bandwidth and dense (non-sparse) throughput per
 * precision, each with where it was read. Datasheets print sparse figures; dense is half of them.
 */
export const GPU_PRESETS_2025: readonly GpuPreset[] = [
  {
    id: 'b200-180gb',
    source:
      'NVIDIA HGX B200 datasheet: 180 GB HBM3E, 7.7 TB/s; dense 2,250 TFLOPS bf16, 4,500 fp8 and int8, 9,000 fp4 (half the sparse figures); nvidia-smi "166593MiB / 183359MiB" (TensorRT-LLM issue 10278); NVLink 5, 1.8 TB/s, 8 per HGX node',
    gpu: gpu({
      name: 'B200 180GB',
      memoryBytes: mibToBytes(183359),
      labelGB: 180,
      bandwidthBytesPerSecond: 7.7 * TB,
      peakFlops: 2250 * T,
      bf16: true,
      fp8Flops: 4500 * T,
      int8Ops: 4500 * T,
      fp4Flops: 9000 * T,
      interconnect: 'nvlink',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'h20-96gb',
    source:
      'NVIDIA H20: 96 GB HBM3, 4.0 TB/s, 148 TFLOPS fp16/bf16 dense (a measured bf16 matmul reaches 142); int8 296 TOPS; fp8 taken equal to int8 as on every Hopper part (no direct quote); nvidia-smi "0MiB / 97871MiB" (NVIDIA nvtrust issue 128); NVLink 900 GB/s',
    gpu: gpu({
      name: 'H20 96GB',
      memoryBytes: mibToBytes(97871),
      labelGB: 96,
      bandwidthBytesPerSecond: 4.0 * TB,
      peakFlops: 148 * T,
      bf16: true,
      fp8Flops: 296 * T,
      int8Ops: 296 * T,
      fp4Flops: 0,
      interconnect: 'nvlink',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'l4-24gb',
    source:
      'NVIDIA L4 datasheet: 300 GB/s, 121 TFLOPS bf16, 242 fp8 and int8 dense (485 with sparsity); nvidia-smi Total 23034 MiB (modal-client PR 2797); PCIe Gen4 only',
    gpu: gpu({
      name: 'L4 24GB',
      memoryBytes: mibToBytes(23034),
      labelGB: 24,
      bandwidthBytesPerSecond: 0.3 * TB,
      peakFlops: 121 * T,
      bf16: true,
      fp8Flops: 242 * T,
      int8Ops: 242 * T,
      fp4Flops: 0,
      interconnect: 'pcie',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'a10g-24gb',
    source:
      'AWS A10G: 600 GB/s (Baseten, "A10 vs A10G"); NVIDIA publishes no A10G tensor figures, so 16-bit is a measured bf16 matmul of 69.47 TFLOPS and int8 is left at 0 (not published); nvidia-smi "8722MiB / 23028MiB" (NVIDIA DCGM issue 232); PCIe Gen4, up to 8 per G5 instance',
    gpu: gpu({
      name: 'A10G 24GB',
      memoryBytes: mibToBytes(23028),
      labelGB: 24,
      bandwidthBytesPerSecond: 0.6 * TB,
      peakFlops: 69.47 * T,
      bf16: true,
      fp8Flops: 0,
      int8Ops: 0,
      fp4Flops: 0,
      interconnect: 'pcie',
      gpusPerNode: 8,
    }),
  },
  {
    id: 't4-16gb',
    source:
      'NVIDIA T4: 320 GB/s, 65 TFLOPS fp16 mixed precision and 130 TOPS int8 (Turing has no sparsity and no hardware bf16: bf16 runs at a small fraction of this); nvidia-smi Total 15360 MiB (modal-client PR 2797); PCIe Gen3',
    gpu: gpu({
      name: 'T4 16GB',
      memoryBytes: mibToBytes(15360),
      labelGB: 16,
      bandwidthBytesPerSecond: 0.32 * TB,
      peakFlops: 65 * T,
      bf16: false,
      fp8Flops: 0,
      int8Ops: 130 * T,
      fp4Flops: 0,
      interconnect: 'pcie',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'rtx-5090',
    source:
      'GeForce RTX 5090: 1,792 GB/s; 209.5 TFLOPS fp16/bf16 dense with fp32 accumulate (GeForce runs fp32 accumulate at half rate); fp8 419 with fp32 accumulate (half of 838 with fp16 accumulate, derived); int8 838 TOPS dense; fp4 1,676 dense; nvidia-smi "492MiB / 32607MiB" (noonghunna/club-3090 issue 617); PCIe Gen5, no NVLink',
    gpu: gpu({
      name: 'RTX 5090 32GB',
      memoryBytes: mibToBytes(32607),
      labelGB: 32,
      bandwidthBytesPerSecond: 1.792 * TB,
      peakFlops: 209.5 * T,
      bf16: true,
      fp8Flops: 419 * T,
      int8Ops: 838 * T,
      fp4Flops: 1676 * T,
      interconnect: 'pcie',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'rtx-pro-6000',
    source:
      'RTX PRO 6000 Blackwell Server Edition (NVIDIA aiconfigurator rtx_pro_6000_server.yaml): 1.792 TB/s, dense 467.8 TFLOPS bf16, 935.6 fp8 and int8, 1,871.2 fp4 at its observed 2430 MHz clock; "97887 MiB VRAM"; PCIe Gen5, no NVLink',
    gpu: gpu({
      name: 'RTX PRO 6000 96GB',
      memoryBytes: mibToBytes(97887),
      labelGB: 96,
      bandwidthBytesPerSecond: 1.792 * TB,
      peakFlops: 467.8 * T,
      bf16: true,
      fp8Flops: 935.6 * T,
      int8Ops: 935.6 * T,
      fp4Flops: 1871.2 * T,
      interconnect: 'pcie',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'mi325x-256gb',
    source:
      'AMD Instinct MI325X: 6 TB/s, 1,307.4 TFLOPS bf16, 2,614.9 fp8 and int8 dense; PyTorch reports "255.98 GiB" a GPU (vLLM issue 41962), taken as 262,128 MiB like the MI300X and MI355X (256 GiB less 16 MiB); Infinity Fabric, 8 per node',
    gpu: gpu({
      name: 'MI325X 256GB',
      memoryBytes: mibToBytes(262128),
      labelGB: 256,
      bandwidthBytesPerSecond: 6 * TB,
      peakFlops: 1307.4 * T,
      bf16: true,
      fp8Flops: 2614.9 * T,
      int8Ops: 2614.9 * T,
      fp4Flops: 0,
      interconnect: 'infinity-fabric',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'mi355x-288gb',
    source:
      'AMD Instinct MI355X: 8 TB/s, dense 2,500 TFLOPS bf16, 5,000 fp8 and int8, 10,100 MXFP4 (ml-engineering accelerator table); rocm-smi "VRAM Total Memory (B)" 309220868096; Infinity Fabric, 8 per node',
    gpu: gpu({
      name: 'MI355X 288GB',
      memoryBytes: 309_220_868_096,
      labelGB: 288,
      bandwidthBytesPerSecond: 8 * TB,
      peakFlops: 2500 * T,
      bf16: true,
      fp8Flops: 5000 * T,
      int8Ops: 5000 * T,
      fp4Flops: 10100 * T,
      interconnect: 'infinity-fabric',
      gpusPerNode: 8,
    }),
  },
  {
    id: 'apple-m3-max-128gb',
    source:
      'Apple M3 Max (40-core GPU) with 128 GB unified memory: the GPU may use 3/4 of it by default, Metal\'s recommendedMaxWorkingSetSize "103079.22 MB (98304.00 MiB)" as llama.cpp prints it (raise it with sysctl iogpu.wired_limit_mb); 400 GB/s; 14.32 TFLOPS fp16 (hmc-tech); one device',
    gpu: gpu({
      name: 'Apple M3 Max 128GB',
      memoryBytes: mibToBytes(98304),
      labelGB: 128,
      bandwidthBytesPerSecond: 0.4 * TB,
      peakFlops: 14.32 * T,
      bf16: true,
      fp8Flops: 0,
      int8Ops: 0,
      fp4Flops: 0,
      interconnect: 'unified',
      gpusPerNode: 1,
    }),
  },
];
