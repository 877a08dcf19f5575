import type { LinearLayout } from './format-types';

/**
 * How GPU checkpoint formats store one linear weight of `inputs` × `outputs` (in features × out
 * features), in bytes, scales and zero points included. Each function follows the buffers the
 * quantizing library registers; docs/method.md §2 quotes them.
 */

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** GPTQ and AWQ pack 4-bit values into int32 words: 32 / bits values a word. */
const PACK_BITS = 32;

/**
 * GPTQ (GPTQModel qlinear/__init__.py): qweight int32 `(ceil(in·bits/32), out)`, qzeros int32
 * `(ceil(in/g), ceil(out·bits/32))`, scales fp16 `(ceil(in/g), out)`, and g_idx int32 `(in,)`,
 * which is always stored. Bits per weight ≈ b + b/g + 16/g + 32/out.
 */
export function gptqTensorBytes(
  inputs: number,
  outputs: number,
  bits: number,
  groupSize: number,
): number {
  const groups = ceilDiv(inputs, groupSize);
  const qweight = ceilDiv(inputs * bits, PACK_BITS) * outputs * 4;
  const qzeros = groups * ceilDiv(outputs * bits, PACK_BITS) * 4;
  const scales = groups * outputs * 2;
  const gIdx = inputs * 4;
  return qweight + qzeros + scales + gIdx;
}

/**
 * AWQ GEMM (AutoAWQ awq/modules/linear/gemm.py): qweight int32 `(in, out // (32 // w_bit))`,
 * qzeros int32 `(in // g, out // (32 // w_bit))`, scales fp16 `(in // g, out)`; no g_idx.
 * Bits per weight = 4 + 4/g + 16/g (4.15625 at g = 128).
 */
export function awqTensorBytes(
  inputs: number,
  outputs: number,
  bits: number,
  groupSize: number,
): number {
  const perWord = PACK_BITS / bits;
  const groups = ceilDiv(inputs, groupSize);
  const qweight = inputs * ceilDiv(outputs, perWord) * 4;
  const qzeros = groups * ceilDiv(outputs, perWord) * 4;
  const scales = groups * outputs * 2;
  return qweight + qzeros + scales;
}

/**
 * A generic 4-bit group-wise linear (compressed-tensors pack-quantized, symmetric): 4 bits a
 * weight and one 16-bit scale per group of `groupSize` along each row: 4 + 16/g bits.
 */
export function groupInt4TensorBytes(inputs: number, outputs: number, groupSize: number): number {
  return outputs * (inputs / 2 + ceilDiv(inputs, groupSize) * 2);
}

/**
 * bitsandbytes LLM.int8 (functional.py int8_vectorwise_quant): int8 weights and one fp32 scale
 * per output row (SCB, `A.numel() // A.shape[-1]` floats): in·out + 4·out bytes, 8 + 32/in bits.
 */
export const llmInt8TensorBytes = (inputs: number, outputs: number): number =>
  inputs * outputs + 4 * outputs;

/** bitsandbytes 4-bit blocks (functional.py quantize_4bit: `blocksize = 64`) and the nested blocks of double quantization (`quantize_blockwise(_absmax - offset, blocksize=256)`). */
export const BNB_BLOCK = 64;
export const BNB_NESTED_BLOCK = 256;

/**
 * bitsandbytes NF4/FP4 (functional.py quantize_4bit): two values a byte over the flattened
 * weight, one fp32 absmax per 64 (4.5 bits), plus the 16-entry fp32 code (quant_map). With
 * double quantization the absmax is uint8, with one fp32 per 256 absmax values and the 256-entry
 * fp32 nested code: 4 + 8/64 + 32/(64·256) ≈ 4.127 bits (QLoRA §3: "0.127 bits per parameter").
 */
export function bnb4bitTensorBytes(inputs: number, outputs: number, doubleQuant: boolean): number {
  const n = inputs * outputs;
  const blocks = ceilDiv(n, BNB_BLOCK);
  const quantMap = 16 * 4;
  const absmax = doubleQuant
    ? blocks + ceilDiv(blocks, BNB_NESTED_BLOCK) * 4 + BNB_NESTED_BLOCK * 4
    : blocks * 4;
  return ceilDiv(n, 2) + absmax + quantMap;
}

/**
 * FP8 with per-tensor scales (vLLM fp8, AutoFP8, compressed-tensors strategy "tensor"): one byte
 * a weight plus a scalar fp32 weight_scale and input_scale per linear.
 */
export const fp8TensorBytes = (inputs: number, outputs: number): number => inputs * outputs + 2 * 4;

/** FP8 block scales (DeepSeek-V3 README_WEIGHTS.md; transformers FineGrainedFP8Config `weight_block_size = (128, 128)`). */
export const FP8_BLOCK = 128;

/**
 * FP8 with 128×128 block scales: one byte a weight plus one fp32 `weight_scale_inv` per block
 * ("If the weight block is not aligned to 128, it is zero-padded to 128"): 8 + 32/16384 bits.
 */
export const fp8BlockTensorBytes = (inputs: number, outputs: number): number =>
  inputs * outputs + ceilDiv(outputs, FP8_BLOCK) * ceilDiv(inputs, FP8_BLOCK) * 4;

/** OCP MXFP4 blocks: 32 E2M1 values (16 bytes) and one E8M0 scale byte (gpt-oss `*_blocks`, `*_scales`). */
export const MXFP4_BLOCK = 32;

/** MXFP4 along each row: `out · ceil(in/32)` blocks of 17 bytes, 4.25 bits a weight. */
export const mxfp4TensorBytes = (inputs: number, outputs: number): number =>
  outputs * ceilDiv(inputs, MXFP4_BLOCK) * (MXFP4_BLOCK / 2 + 1);

/** NVFP4 micro-blocks: 16 E2M1 values with one FP8 E4M3 scale (NVIDIA ModelOpt `weight_scale` `[N, K/16]`). */
export const NVFP4_BLOCK = 16;

/**
 * NVFP4 (ModelOpt / compressed-tensors nvfp4-pack-quantized): packed nibbles `[N, K/2]`, an E4M3
 * scale per 16 `[N, K/16]`, and fp32 `weight_scale_2` and `input_scale` scalars: 4.5 bits.
 */
export const nvfp4TensorBytes = (inputs: number, outputs: number): number =>
  outputs * ceilDiv(inputs, NVFP4_BLOCK) * (NVFP4_BLOCK / 2 + 1) + 2 * 4;

/** Group size of GPTQ, AWQ and generic int4 checkpoints unless a config says otherwise. */
export const DEFAULT_GROUP_SIZE = 128;

/** Bytes of one `inputs` × `outputs` linear stored in `layout` (group formats at `groupSize`). */
export function linearBytes(
  layout: LinearLayout,
  inputs: number,
  outputs: number,
  groupSize = DEFAULT_GROUP_SIZE,
): number {
  switch (layout) {
    case 'fp8-tensor':
      return fp8TensorBytes(inputs, outputs);
    case 'fp8-block':
      return fp8BlockTensorBytes(inputs, outputs);
    case 'llm-int8':
      return llmInt8TensorBytes(inputs, outputs);
    case 'int4-group':
      return groupInt4TensorBytes(inputs, outputs, groupSize);
    case 'gptq':
      return gptqTensorBytes(inputs, outputs, 4, groupSize);
    case 'awq':
      return awqTensorBytes(inputs, outputs, 4, groupSize);
    case 'bnb-4bit':
      return bnb4bitTensorBytes(inputs, outputs, false);
    case 'bnb-4bit-dq':
      return bnb4bitTensorBytes(inputs, outputs, true);
    case 'mxfp4':
      return mxfp4TensorBytes(inputs, outputs);
    case 'nvfp4':
      return nvfp4TensorBytes(inputs, outputs);
  }
}
