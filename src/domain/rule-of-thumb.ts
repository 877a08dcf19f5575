/**
 * The seed article's rule of thumb (docs/method.md §7, after Walid Soula): training GPUs ≈
 * Ψ in billions × 18 × 1.25 / GPU GB, where 18 is bytes per parameter and 1.25 an unexplained
 * activation factor; inference about 1/8 to 1/9 of that. Example: 7B on an RTX 4090 (24 GB) → 6.56 → 7.
 */
export interface RuleOfThumb {
  trainingRaw: number;
  trainingGpus: number;
  inferenceGpusLow: number;
  inferenceGpusHigh: number;
}

export function ruleOfThumbGpus(paramsInBillions: number, gpuLabelGB: number): RuleOfThumb {
  const trainingRaw = (paramsInBillions * 18 * 1.25) / gpuLabelGB;
  return {
    trainingRaw,
    trainingGpus: Math.ceil(trainingRaw),
    inferenceGpusLow: Math.ceil(trainingRaw / 9),
    inferenceGpusHigh: Math.ceil(trainingRaw / 8),
  };
}
