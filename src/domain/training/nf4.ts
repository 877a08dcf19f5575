import { NF4_BLOCK_SIZE } from '../dtypes';

/** Double quantization's second-level block: 256 first-level constants share one fp32 constant. */
const DOUBLE_QUANT_BLOCK_SIZE = 256;

/**
 * Bits per weight of bitsandbytes NF4 (QLoRA §3, docs/method.md §2): 4 bits plus one fp32 absmax per
 * 64 weights, 4 + 32/64 = 4.5 bits; with double quantization the absmax values are stored in 8 bits
 * with one fp32 constant per 256 of them, 4 + 8/64 + 32/(64·256) ≈ 4.127 bits. "a reduction of 0.373
 * bits per parameter" (approximately 3 GB for a 65B model). A weight-format catalogue can answer
 * this later; the rule stays here until then.
 */
export function nf4BitsPerWeight(doubleQuant: boolean): number {
  return doubleQuant
    ? 4 + 8 / NF4_BLOCK_SIZE + 32 / (NF4_BLOCK_SIZE * DOUBLE_QUANT_BLOCK_SIZE)
    : 4 + 32 / NF4_BLOCK_SIZE;
}

/** The same in bytes: 0.5625 without double quantization, ≈0.51587 with it. */
export const nf4BytesPerWeight = (doubleQuant: boolean): number =>
  nf4BitsPerWeight(doubleQuant) / 8;
