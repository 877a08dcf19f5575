/**
 * Decode time per generated token (docs/method.md §8): every step reads all weights and the whole KV
 * cache from memory, so seconds = bytes read per GPU / bandwidth, once per pipeline stage.
 */
export function decodeSecondsPerStep(
  bytesReadPerGpu: number,
  bandwidthBytesPerSecond: number,
  pipelineParallel: number,
): number {
  return (pipelineParallel * bytesReadPerGpu) / bandwidthBytesPerSecond;
}

/**
 * Prefill (time to first token) is compute-bound: 2 FLOPs per active parameter per prompt token,
 * over the GPUs' peak FLOP/s times the utilisation reached (docs/method.md §8).
 */
export function prefillSeconds(
  activeParams: number,
  promptTokens: number,
  gpus: number,
  peakFlops: number,
  utilization: number,
): number {
  return (2 * activeParams * promptTokens) / (gpus * peakFlops * utilization);
}

/**
 * Training time ≈ 6 · Ψ(active) · tokens / (GPUs × peak FLOP/s × utilisation) (docs/method.md §8;
 * Kaplan et al. 2020 via EleutherAI "Transformer Math 101").
 */
export function trainingSeconds(
  activeParams: number,
  tokens: number,
  gpus: number,
  peakFlops: number,
  utilization: number,
): number {
  return (6 * activeParams * tokens) / (gpus * peakFlops * utilization);
}

/** GPU-hours: wall-clock seconds × GPUs / 3600, what a cloud bill or a cluster allocation counts. */
export function gpuHours(seconds: number, gpus: number): number {
  return (seconds * gpus) / 3600;
}
