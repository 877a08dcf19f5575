/**
 * A quantization block: `weights` elements stored in `bytes` bytes, scales included. Every GGUF
 * type is one; bits per weight = bytes × 8 / weights.
 */
export interface BlockLayout {
  weights: number;
  bytes: number;
}

/** Bits per weight of a block layout: bytes × 8 / weights. Unit: bits. */
export const blockBitsPerWeight = (block: BlockLayout): number => (block.bytes * 8) / block.weights;

// ggml-common.h (ggml-org/ggml d99724f, vendored by llama.cpp as ggml/src/ggml-common.h):
// `typedef uint16_t ggml_half;`, `#define QK_K 256`, `#define K_SCALE_SIZE 12`.
const HALF = 2;
const QK_K = 256;
const K_SCALE_SIZE = 12;

/** F32, F16 and BF16 are blocks of one (ggml.c type_traits: `.blck_size = 1, .type_size = sizeof(float)`, sizeof(ggml_fp16_t), sizeof(ggml_bf16_t)). */
export const blockF32 = (): BlockLayout => ({ weights: 1, bytes: 4 });
export const blockF16 = (): BlockLayout => ({ weights: 1, bytes: HALF });

/** block_q4_0: a half scale and 32 nibbles, `sizeof(ggml_half) + QK4_0 / 2` = 18 B per 32 (4.5 bpw). */
export function blockQ4_0(): BlockLayout {
  const QK4_0 = 32;
  return { weights: QK4_0, bytes: HALF + QK4_0 / 2 };
}

/** block_q4_1: scale, minimum and 32 nibbles, `2 * sizeof(ggml_half) + QK4_1 / 2` = 20 B per 32 (5 bpw). */
export function blockQ4_1(): BlockLayout {
  const QK4_1 = 32;
  return { weights: QK4_1, bytes: 2 * HALF + QK4_1 / 2 };
}

/** block_q5_0: `sizeof(ggml_half) + sizeof(uint32_t) + QK5_0 / 2` = 22 B per 32 (5.5 bpw). */
export function blockQ5_0(): BlockLayout {
  const QK5_0 = 32;
  return { weights: QK5_0, bytes: HALF + 4 + QK5_0 / 2 };
}

/** block_q5_1: `2 * sizeof(ggml_half) + sizeof(uint32_t) + QK5_1 / 2` = 24 B per 32 (6 bpw). */
export function blockQ5_1(): BlockLayout {
  const QK5_1 = 32;
  return { weights: QK5_1, bytes: 2 * HALF + 4 + QK5_1 / 2 };
}

/** block_q8_0: a half scale and 32 int8, `ggml_half d; int8_t qs[QK8_0];` = 34 B per 32 (8.5 bpw). */
export function blockQ8_0(): BlockLayout {
  const QK8_0 = 32;
  return { weights: QK8_0, bytes: HALF + QK8_0 };
}

/** block_q2_K: `2*sizeof(ggml_half) + QK_K/16 + QK_K/4` = 84 B per 256 ("Effectively 2.625 bits per weight"). */
export const blockQ2_K = (): BlockLayout => ({
  weights: QK_K,
  bytes: 2 * HALF + QK_K / 16 + QK_K / 4,
});

/** block_q3_K: `sizeof(ggml_half) + QK_K / 4 + QK_K / 8 + 12` = 110 B per 256 ("Effectively 3.4375 bits per weight"). */
export const blockQ3_K = (): BlockLayout => ({
  weights: QK_K,
  bytes: HALF + QK_K / 4 + QK_K / 8 + 12,
});

/** block_q4_K: `2*sizeof(ggml_half) + K_SCALE_SIZE + QK_K/2` = 144 B per 256 ("Effectively 4.5 bits per weight"). */
export const blockQ4_K = (): BlockLayout => ({
  weights: QK_K,
  bytes: 2 * HALF + K_SCALE_SIZE + QK_K / 2,
});

/** block_q5_K: `2*sizeof(ggml_half) + K_SCALE_SIZE + QK_K/2 + QK_K/8` = 176 B per 256 ("Effectively 5.5 bits per weight"). */
export const blockQ5_K = (): BlockLayout => ({
  weights: QK_K,
  bytes: 2 * HALF + K_SCALE_SIZE + QK_K / 2 + QK_K / 8,
});

/** block_q6_K: `sizeof(ggml_half) + QK_K / 16 + 3*QK_K/4` = 210 B per 256 ("Effectively 6.5625 bits per weight"). */
export const blockQ6_K = (): BlockLayout => ({
  weights: QK_K,
  bytes: HALF + QK_K / 16 + (3 * QK_K) / 4,
});

/** block_iq4_nl: `sizeof(ggml_half) + QK4_NL/2` = 18 B per 32 (4.5 bpw, a non-linear 4-bit grid). */
export function blockIQ4_NL(): BlockLayout {
  const QK4_NL = 32;
  return { weights: QK4_NL, bytes: HALF + QK4_NL / 2 };
}

/** block_iq4_xs: `sizeof(ggml_half) + sizeof(uint16_t) + QK_K/64 + QK_K/2` = 136 B per 256 (4.25 bpw). */
export const blockIQ4_XS = (): BlockLayout => ({
  weights: QK_K,
  bytes: HALF + 2 + QK_K / 64 + QK_K / 2,
});

/** block_mxfp4: `uint8_t e; // E8M0` and `uint8_t qs[QK_MXFP4/2]` = 17 B per 32 (4.25 bpw), the OCP MX block. */
export function blockMXFP4(): BlockLayout {
  const QK_MXFP4 = 32;
  return { weights: QK_MXFP4, bytes: 1 + QK_MXFP4 / 2 };
}

export const GGML_TYPES = {
  F32: blockF32(),
  F16: blockF16(),
  Q4_0: blockQ4_0(),
  Q4_1: blockQ4_1(),
  Q5_0: blockQ5_0(),
  Q5_1: blockQ5_1(),
  Q8_0: blockQ8_0(),
  Q2_K: blockQ2_K(),
  Q3_K: blockQ3_K(),
  Q4_K: blockQ4_K(),
  Q5_K: blockQ5_K(),
  Q6_K: blockQ6_K(),
  IQ4_NL: blockIQ4_NL(),
  IQ4_XS: blockIQ4_XS(),
  MXFP4: blockMXFP4(),
} as const satisfies Record<string, BlockLayout>;

export type GgmlType = keyof typeof GGML_TYPES;

/**
 * Bytes of a GGUF tensor of `rows` rows of `rowLength` elements (ggml.c ggml_row_size:
 * `ggml_type_size(type)*ne/ggml_blck_size(type)`); the row length is a whole number of blocks.
 */
export function ggmlTensorBytes(type: GgmlType, rowLength: number, rows: number): number {
  const block = GGML_TYPES[type];
  return (rows * rowLength * block.bytes) / block.weights;
}
