import type { GgufFtype } from './gguf-rules';

/** The precision activations are computed in, and the KV cache takes under `auto`. */
export type ComputeDtype = 'fp32' | 'bf16' | 'fp16';

/** Families the precision control groups the formats by. */
export type FormatFamily = 'float' | 'fp8' | 'integer' | 'bitsandbytes' | 'fp4' | 'gguf';

/** How a GPU checkpoint format stores each quantized linear (see linear-layouts.ts). */
export type LinearLayout =
  | 'fp8-tensor'
  | 'fp8-block'
  | 'llm-int8'
  | 'int4-group'
  | 'gptq'
  | 'awq'
  | 'bnb-4bit'
  | 'bnb-4bit-dq'
  | 'mxfp4'
  | 'nvfp4';

/**
 * Which tensors a format stores how: every tensor at one float width; the block linears (or only
 * the routed experts of a mixture-of-experts model) in a quantized layout and the rest in 16-bit;
 * or llama.cpp's per-tensor rules for a GGUF file type.
 */
export type FormatScheme =
  | { kind: 'float'; bytes: number }
  | { kind: 'linear'; layout: LinearLayout; expertsOnly: boolean }
  | { kind: 'gguf'; ftype: GgufFtype };

/** One weight format of the catalogue (docs/method.md §2). */
export interface WeightFormat<Id extends string = string> {
  id: Id;
  label: string;
  family: FormatFamily;
  scheme: FormatScheme;
  /**
   * Bits per weight of the quantized tensors, from the block layout, scales and zero points
   * included (at a 4096 × 4096 matrix where the layout depends on the shape; the mix's base type
   * for GGUF). 32 or 16 for the float formats.
   */
  bitsPerWeight: number;
  /** The element alone, without scales: the seed's naive bytes are Ψ × elementBits / 8. */
  elementBits: number;
  /** Precision of activations (and of linear attention's state). */
  compute: ComputeDtype;
  /** The KV cache's element type under `auto`. */
  kvCache: ComputeDtype;
  /** Whether a trainer can update these weights directly (fp32, bf16, fp16); the rest are frozen bases for LoRA. */
  trainable: boolean;
  /** Which tensors stay in 16-bit or take another type, in words. */
  keeps: string;
  /** Where the layout and the rules come from. */
  source: string;
}
