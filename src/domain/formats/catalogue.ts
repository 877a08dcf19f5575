import type { FormatFamily, WeightFormat } from './format-types';
import { GGUF_FORMAT_IDS, GGUF_FORMATS, type GgufFormatId } from './gguf-formats';
import { GPU_FORMAT_IDS, GPU_FORMATS, type GpuFormatId } from './gpu-formats';

/** Every weight format the scenario's `dtype` can name (docs/method.md §2). */
export type FormatId = GpuFormatId | GgufFormatId;

export const FORMAT_IDS: readonly [FormatId, ...FormatId[]] = [
  ...GPU_FORMAT_IDS,
  ...GGUF_FORMAT_IDS,
];

const FORMATS: Readonly<Record<FormatId, WeightFormat>> = { ...GPU_FORMATS, ...GGUF_FORMATS };

/** The catalogue entry of a format id. */
export const weightFormat = (id: FormatId): WeightFormat => FORMATS[id];

export const isFormatId = (value: unknown): value is FormatId =>
  typeof value === 'string' && (FORMAT_IDS as readonly string[]).includes(value);

/** The family names the precision control groups formats under, in its order. */
export const FAMILY_LABELS: Readonly<Record<FormatFamily, string>> = {
  float: '16/32-bit float',
  fp8: 'FP8',
  integer: 'Integer (LLM.int8, GPTQ, AWQ)',
  bitsandbytes: 'bitsandbytes 4-bit (QLoRA)',
  fp4: 'FP4 microscaling',
  gguf: 'GGUF (llama.cpp)',
};

/**
 * The formats the comparison table and chart put side by side: the six the seed compared, a
 * 4-bit GPU checkpoint (AWQ), QLoRA's NF4 and llama.cpp's most used mix.
 */
export const COMPARED_FORMATS: readonly FormatId[] = [
  'fp32',
  'bf16',
  'fp16',
  'fp8',
  'int8',
  'int4',
  'awq-int4',
  'bnb-nf4',
  'gguf-q4_k_m',
];

/**
 * Every format from the most bits per weight of the tensors it quantizes to the fewest, as they
 * come out for Llama-3.1-8B (and for MXFP4_MOE, which only differs from Q8_0 on experts,
 * gpt-oss-20b; catalogue.test.ts checks the order): the order of the format lists. The precision
 * slider orders by the chosen model's own bytes instead (`formatsByModelBytes`).
 */
export const FORMATS_BY_BITS: readonly FormatId[] = [
  'fp32',
  'bf16',
  'fp16',
  'gguf-q8_0',
  'int8',
  'fp8-block',
  'fp8',
  'gguf-q6_k',
  'gguf-q5_k_m',
  'gguf-q5_k_s',
  'gguf-q4_k_m',
  'gguf-iq4_nl',
  'gguf-q4_k_s',
  'gguf-q4_0',
  'gguf-mxfp4_moe',
  'bnb-nf4',
  'bnb-fp4',
  'nvfp4',
  'gguf-iq4_xs',
  'gguf-q3_k_l',
  'mxfp4',
  'gptq-int4',
  'awq-int4',
  'bnb-nf4-dq',
  'bnb-fp4-dq',
  'int4',
  'gguf-q3_k_m',
  'gguf-q3_k_s',
  'gguf-q2_k',
];
