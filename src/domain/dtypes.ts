import type { ParameterBreakdown } from './parameters';

export const DTYPES = ['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'int4'] as const;
export type Dtype = (typeof DTYPES)[number];

/** Bytes per element, the seed's table (docs/method.md §2): fp32 4, bf16/fp16 2, fp8/int8 1, int4 0.5. */
export const BYTES_PER_ELEMENT: Readonly<Record<Dtype, number>> = {
  fp32: 4,
  bf16: 2,
  fp16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
};

export const isQuantized = (dtype: Dtype): boolean =>
  dtype === 'fp8' || dtype === 'int8' || dtype === 'int4';

/** How weight bytes are counted: the seed's flat table, or what real checkpoints store. */
export type WeightAccounting = 'naive' | 'realistic';

/** Group size of the per-group scales of GPTQ/AWQ-style int8/int4 checkpoints. */
export const QUANT_GROUP_SIZE = 128;
/** bitsandbytes NF4 block size (QLoRA): one fp32 absmax per 64 weights. */
export const NF4_BLOCK_SIZE = 64;

/**
 * Bytes per quantized linear weight in a real checkpoint (docs/method.md §2): the element plus its
 * share of one 16-bit scale per 128 weights for int8/int4; fp8 keeps per-tensor scales (≈0).
 */
export function realisticLinearBytes(dtype: Dtype): number {
  if (dtype === 'int8' || dtype === 'int4') return BYTES_PER_ELEMENT[dtype] + 2 / QUANT_GROUP_SIZE;
  return BYTES_PER_ELEMENT[dtype];
}

/** bitsandbytes NF4 (QLoRA): 4 bits a weight plus one fp32 absmax per 64 weights = 0.5625 bytes. */
export const NF4_BYTES_PER_WEIGHT = 0.5 + 4 / NF4_BLOCK_SIZE;

/** Naive weight bytes: every parameter at the dtype's width (seed §1: 7B → 28/14/7/3.5 GB). */
export function naiveWeightBytes(params: number, dtype: Dtype): number {
  return params * BYTES_PER_ELEMENT[dtype];
}

/**
 * Weight bytes of a real checkpoint: quantized formats store the block linears at
 * `linearBytesPerWeight` and keep embeddings, head, norms and biases in 16-bit (docs/method.md §2).
 */
export function realisticWeightBytes(
  params: ParameterBreakdown,
  linearBytesPerWeight: number,
): number {
  const kept16Bit = params.total - params.quantizable;
  return params.quantizable * linearBytesPerWeight + kept16Bit * 2;
}

/** Weight bytes of a model stored in `dtype`, counted as asked. */
export function weightBytes(
  params: ParameterBreakdown,
  dtype: Dtype,
  accounting: WeightAccounting,
): number {
  if (accounting === 'naive' || !isQuantized(dtype)) return naiveWeightBytes(params.total, dtype);
  return realisticWeightBytes(params, realisticLinearBytes(dtype));
}
