import { BYTES_PER_ELEMENT, type Dtype } from '../dtypes';

export const OPTIMIZERS = [
  'adamw',
  'adam',
  'sgd',
  'sgd-momentum',
  'adam-8bit',
  'adafactor',
] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

export const OPTIMIZER_LABELS: Readonly<Record<Optimizer, string>> = {
  adamw: 'AdamW',
  adam: 'Adam',
  sgd: 'SGD',
  'sgd-momentum': 'SGD with momentum',
  'adam-8bit': '8-bit Adam',
  adafactor: 'Adafactor',
};

export type GradientDtype = 'same' | 'fp32';

export type ZeroStage = 0 | 1 | 2 | 3;
export const ZERO_STAGES: readonly ZeroStage[] = [0, 1, 2, 3];

/**
 * Gradient bytes per trainable parameter (docs/method.md §3): the training dtype (ZeRO, EleutherAI
 * accounting) or 4 for fp32 gradients (Hugging Face, DeepSpeed, Megatron accounting).
 */
export function gradientBytesPerParam(weightDtype: Dtype, gradients: GradientDtype): number {
  return gradients === 'fp32' ? 4 : BYTES_PER_ELEMENT[weightDtype];
}

/** The fp32 master copy mixed precision keeps: 4 bytes a parameter, none when weights are fp32. */
export function masterCopyBytesPerParam(weightDtype: Dtype): number {
  return weightDtype === 'fp32' ? 0 : 4;
}

/**
 * The optimizer's own state per parameter (docs/method.md §3): Adam/AdamW 8 (m and v in fp32),
 * SGD with momentum 4, SGD 0, 8-bit Adam 2 (Dettmers et al.), Adafactor ≈0 per parameter
 * (its factored state is counted per matrix by `adafactorFactoredBytes`).
 */
export function optimizerStateBytesPerParam(optimizer: Optimizer): number {
  switch (optimizer) {
    case 'adamw':
    case 'adam':
      return 8;
    case 'sgd-momentum':
      return 4;
    case 'sgd':
      return 0;
    case 'adam-8bit':
      return 2;
    case 'adafactor':
      return 0;
  }
}

/**
 * Adafactor's factored second moment (Shazeer & Stern 2018): a row and a column vector in fp32
 * per weight matrix, 4·(rows + cols) bytes, given the summed rows + cols over all matrices.
 */
export function adafactorFactoredBytes(sumOfRowsAndCols: number): number {
  return 4 * sumOfRowsAndCols;
}

/** Totals of the three model states before any sharding, in bytes. */
export interface ModelStateBytes {
  weights: number;
  gradients: number;
  optimizer: number;
}

/**
 * Model-state bytes on one GPU under ZeRO stage 0–3 over N data-parallel GPUs (ZeRO paper §5;
 * FSDP full shard = stage 3): 0 → W+G+O, 1 → W+G+O/N, 2 → W+(G+O)/N, 3 → (W+G+O)/N.
 * Public check (ZeRO Figure 1): Ψ = 7.5B, 16 B/param, N = 64 → 120, 31.4, 16.6, 1.9 GB.
 */
export function shardModelStates(
  states: ModelStateBytes,
  stage: ZeroStage,
  dataParallel: number,
): ModelStateBytes {
  const n = dataParallel;
  return {
    weights: stage >= 3 ? states.weights / n : states.weights,
    gradients: stage >= 2 ? states.gradients / n : states.gradients,
    optimizer: stage >= 1 ? states.optimizer / n : states.optimizer,
  };
}
