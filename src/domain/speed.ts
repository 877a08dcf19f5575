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
