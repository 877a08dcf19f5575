import type { CacheLayerGroup } from '../memory/kv-cache';
import { BYTES_PER_MIB } from '../units';
import type { Sourced } from './engines';

const SERVER_ARGS = 'python/sglang/srt/server_args.py (_handle_gpu_memory_settings, v0.5.4)';

/** SGLang keeps one token per KV page with its default attention backends. */
export const SGLANG_PAGE_SIZE: Sourced = {
  value: 1,
  source:
    'sgl-project/sglang PR #14071 log: "KV Cache is allocated. #tokens: 60000, ... page_size=1"',
};

export interface SglangGpuDefaults {
  chunkedPrefillSize: number;
  cudaGraphMaxBs: number;
}

/**
 * SGLang's per-GPU defaults by memory in MiB (server_args.py): chunked_prefill_size 2048 below
 * 35 GiB, 4096 below 60, 8192 below 160, else 16384; cuda_graph_max_bs 8 below 20 GiB, then
 * 24 / 32 / 256 (80 / 160 / 512 from TP 4), and 512 above 160 GiB.
 */
export function sglangGpuDefaults(gpuMemMiB: number, tensorParallel: number): SglangGpuDefaults {
  const wide = tensorParallel >= 4;
  if (gpuMemMiB < 20 * 1024) return { chunkedPrefillSize: 2048, cudaGraphMaxBs: 8 };
  if (gpuMemMiB < 35 * 1024) return { chunkedPrefillSize: 2048, cudaGraphMaxBs: wide ? 80 : 24 };
  if (gpuMemMiB < 60 * 1024) return { chunkedPrefillSize: 4096, cudaGraphMaxBs: wide ? 160 : 32 };
  if (gpuMemMiB < 160 * 1024) return { chunkedPrefillSize: 8192, cudaGraphMaxBs: wide ? 512 : 256 };
  return { chunkedPrefillSize: 16384, cudaGraphMaxBs: 512 };
}

/**
 * The default mem_fraction_static, "(model weights + KV cache pool) / GPU memory capacity"
 * (server_args.py): reserved = 512 + 1.5 · max(chunked_prefill_size, 2048) + 2 · cuda_graph_max_bs
 * + tp · pp / 8 · 1024 MiB, at least 10 GiB on GPUs over 60 GiB; fraction = round((mem − reserved)
 * ÷ mem, 3).
 */
export function sglangMemFractionStatic(
  gpuMemMiB: number,
  tensorParallel: number,
  pipelineParallel: number,
  defaults: SglangGpuDefaults,
): { reservedMiB: number; fraction: number } {
  let reserved = 512;
  reserved += Math.max(defaults.chunkedPrefillSize, 2048) * 1.5;
  reserved += defaults.cudaGraphMaxBs * 2;
  reserved += ((tensorParallel * pipelineParallel) / 8) * 1024;
  if (gpuMemMiB > 60 * 1024) reserved = Math.max(reserved, 10 * 1024);
  return {
    reservedMiB: reserved,
    fraction: Math.round(((gpuMemMiB - reserved) / gpuMemMiB) * 1000) / 1000,
  };
}

export const SGLANG_FRACTION_SOURCE = `${SERVER_ARGS}: reserved_mem = 512 + max(chunked_prefill_size, 2048) * 1.5 + cuda_graph_max_bs * 2 + tp_size * pp_size / 8 * 1024; mem_fraction_static = round((gpu_mem - reserved_mem) / gpu_mem, 3)`;

/**
 * Bytes one token takes in SGLang's pool on one GPU (profile_max_num_token's cell_size): each
 * attention layer's K and V (MLA: its latent), summed over the layers. Local layers are counted
 * whole: the hybrid sliding-window pool is not modelled.
 */
export function sglangCellBytes(groups: readonly CacheLayerGroup[]): number {
  return groups.reduce((sum, g) => sum + g.layers * g.bytesPerToken, 0);
}

/**
 * SGLang's KV pool on one GPU (model_runner.profile_max_num_token): the memory free after loading
 * less total × (1 − mem_fraction_static), where "total" is what was free before loading; so
 * free-at-start × fraction − weights.
 */
export function sglangPoolBytes(
  freeAtStartBytes: number,
  fraction: number,
  weightsBytes: number,
): number {
  return freeAtStartBytes * fraction - weightsBytes;
}

/** max_total_num_tokens = int(rest_memory · 2³⁰ // cell_size). */
export const sglangMaxTotalTokens = (poolBytes: number, cellBytes: number): number =>
  cellBytes > 0 ? Math.max(0, Math.floor(poolBytes / cellBytes)) : 0;

/** Default memory in MiB as nvidia-smi reports it, which is what SGLang's table reads. */
export const toMiB = (bytes: number): number => bytes / BYTES_PER_MIB;
