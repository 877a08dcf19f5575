import type { WeightFormat } from './format-types';
import { GGUF_FORMAT_IDS, GGUF_FORMATS, type GgufFormatId } from './gguf-formats';
import { GPU_FORMAT_IDS, GPU_FORMATS, type GpuFormatId } from './gpu-formats';

/** Every weight format the scenario's `dtype` can name (docs/method.md §2). */
export type FormatId = GpuFormatId | GgufFormatId;

export const FORMAT_IDS: readonly FormatId[] = [...GPU_FORMAT_IDS, ...GGUF_FORMAT_IDS];

const FORMATS: Readonly<Record<FormatId, WeightFormat>> = { ...GPU_FORMATS, ...GGUF_FORMATS };

/** The catalogue entry of a format id. */
export const weightFormat = (id: FormatId): WeightFormat => FORMATS[id];

/**
 * Every format from the most bits per weight of the tensors it quantizes to the fewest, as they
 * come out for Llama-3.1-8B (and for MXFP4_MOE, which only differs from Q8_0 on experts,
 * gpt-oss-20b; catalogue.test.ts checks the order): the order a slider over formats steps through.
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
