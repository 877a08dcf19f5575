/** The most a user's own price per GPU-hour may be, in their currency. */
export const MAX_PRICE_PER_GPU_HOUR = 1_000_000;

/** A training run's cost: its GPU-hours × the price of one GPU-hour, in the price's currency. */
export const trainingRunCost = (gpuHours: number, pricePerGpuHour: number): number =>
  gpuHours * pricePerGpuHour;

/**
 * What a million generated tokens cost: the GPUs' hourly price ÷ the tokens they generate in an
 * hour, × 10^6 (price × GPUs ÷ (tokens/s × 3600) × 10^6).
 */
export const costPerMillionTokens = (
  pricePerGpuHour: number,
  gpus: number,
  tokensPerSecond: number,
): number => ((pricePerGpuHour * gpus) / (tokensPerSecond * 3600)) * 1e6;

/** The key a GPU's price is kept under: its preset id, or its name for a custom GPU. */
export const priceKey = (gpu: string | { name: string }): string =>
  typeof gpu === 'string' ? gpu : `custom:${gpu.name}`;
