/**
 * Headroom for training on a real allocator (docs/method.md §13). PyTorch's caching allocator
 * keeps freed blocks reserved, rounds large allocations up to 2 MiB and splits cached blocks, so
 * a run can fail while the tensors it holds add up to less than the card ("We observe significant
 * memory fragmentation when training very large models, resulting in out of memory issue with over
 * 30% of memory still available in some extreme cases", ZeRO §3.2; PyTorch "CUDA semantics",
 * memory management). Megatron-LM's theoretical estimate adds 5% for "optimizer and miscellaneous
 * temporaries" (theoretical_memory_usage.py, overhead_factor = 1.05). The default keeps that 5%.
 */
export const DEFAULT_ALLOCATOR_MARGIN = 0.05;

/** The margin's range on the page and in links: none up to half of each GPU. */
export const ALLOCATOR_MARGIN_RANGE = { min: 0, max: 0.5 } as const;

/**
 * A plan that fits but uses more than this share of the usable memory is "tight": one longer
 * batch, a fragmentation spike or a framework's own buffers can push it over.
 */
export const TIGHT_THRESHOLD = 0.9;

/**
 * Bytes a training plan may use on one GPU: the reported capacity less the user's safety margin
 * and the allocator margin, `memory × (1 − safety) × (1 − allocator)`.
 */
export function usableTrainingBytes(
  memoryBytes: number,
  safetyMargin: number,
  allocatorMargin: number,
): number {
  return memoryBytes * (1 - safetyMargin) * (1 - allocatorMargin);
}

/** How a plan sits against the usable memory: over, tight (above the threshold) or comfortable. */
export type Headroom = 'over' | 'tight' | 'comfortable';

export function headroomOf(usedBytes: number, usableBytes: number): Headroom {
  if (usedBytes > usableBytes) return 'over';
  return usedBytes > usableBytes * TIGHT_THRESHOLD ? 'tight' : 'comfortable';
}
