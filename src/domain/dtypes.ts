/** The element types the KV cache and the seed's table name; weights take a format (formats/catalogue.ts). */
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

/**
 * How weight bytes are counted: the seed's flat table, or what real checkpoints store (the format
 * catalogue in formats/, tensor by tensor).
 */
export type WeightAccounting = 'naive' | 'realistic';
