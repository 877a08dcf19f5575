import { GGML_TYPES, type GgmlType } from './ggml-blocks';

/** The llama.cpp file types (`llama-quantize` mixes) in the catalogue. */
export const GGUF_FTYPES = [
  'Q8_0',
  'Q6_K',
  'Q5_K_M',
  'Q5_K_S',
  'Q4_K_M',
  'Q4_K_S',
  'Q4_0',
  'IQ4_NL',
  'IQ4_XS',
  'Q3_K_L',
  'Q3_K_M',
  'Q3_K_S',
  'Q2_K',
  'MXFP4_MOE',
] as const;
export type GgufFtype = (typeof GGUF_FTYPES)[number];

/** llama-quant.cpp llama_ftype_get_default_type: `case LLAMA_FTYPE_MOSTLY_Q4_K_M: return GGML_TYPE_Q4_K;` and so on. */
export const GGUF_DEFAULT_TYPE: Readonly<Record<GgufFtype, GgmlType>> = {
  Q8_0: 'Q8_0',
  Q6_K: 'Q6_K',
  Q5_K_M: 'Q5_K',
  Q5_K_S: 'Q5_K',
  Q4_K_M: 'Q4_K',
  Q4_K_S: 'Q4_K',
  Q4_0: 'Q4_0',
  IQ4_NL: 'IQ4_NL',
  IQ4_XS: 'IQ4_XS',
  Q3_K_L: 'Q3_K',
  Q3_K_M: 'Q3_K',
  Q3_K_S: 'Q3_K',
  Q2_K: 'Q2_K',
  MXFP4_MOE: 'MXFP4',
};

/** What llama.cpp's rules read about the model (llama_model hparams and type). */
export interface GgufModelFacts {
  /** n_gqa(): query heads per key/value head. */
  gqa: number;
  /** hparams.n_expert (1 for a dense model). */
  experts: number;
  /** LLM_TYPE_70B: a Llama-family model of 80 layers with grouped-query attention. */
  is70B: boolean;
  /** Quantized with an importance matrix (bartowski's and unsloth's files are). */
  imatrix: boolean;
}

/**
 * llama-quant.cpp use_more_bits: `i_layer < n_layers/8 || i_layer >= 7*n_layers/8 ||
 * (i_layer - n_layers/8)%3 == 2`, with C's integer division and remainder.
 */
export function moreBitsLayer(i: number, n: number): boolean {
  const eighth = Math.trunc(n / 8);
  return i < eighth || i >= Math.trunc((7 * n) / 8) || (i - eighth) % 3 === 2;
}

/** The output head (and tied token embeddings): Q8_0 under MXFP4_MOE or Q8_0, or when rows do not fit the default block; else Q6_K. */
export function outputType(ftype: GgufFtype, rowLength: number): GgmlType {
  const base = GGUF_DEFAULT_TYPE[ftype];
  if (ftype === 'MXFP4_MOE' || rowLength % GGML_TYPES[base].weights !== 0) return 'Q8_0';
  return base === 'Q8_0' ? 'Q8_0' : 'Q6_K';
}

const N_EXPERT_8_OUTPUT: readonly GgufFtype[] = [
  'Q2_K',
  'Q3_K_S',
  'Q3_K_M',
  'IQ4_NL',
  'Q4_K_S',
  'Q4_K_M',
  'IQ4_XS',
];

/**
 * attn_v (and attn_kv_b) of the i-th of n such tensors (llama_tensor_get_type_impl,
 * `category_is_attn_v`): Q2_K gives Q4_K at GQA ≥ 4, Q3_K_M Q5_K for the first two, Q4_K_M and
 * Q5_K_M Q6_K where use_more_bits, Q4_K_S Q5_K for the first four; a 70B lifts Q3_K/Q4_K to Q5_K
 * and an 8-expert model uses Q8_0.
 */
export function attnVType(ftype: GgufFtype, i: number, n: number, f: GgufModelFacts): GgmlType {
  let type = GGUF_DEFAULT_TYPE[ftype];
  if (ftype === 'Q2_K') type = f.gqa >= 4 ? 'Q4_K' : 'Q3_K';
  else if (ftype === 'Q3_K_M') type = i < 2 ? 'Q5_K' : 'Q4_K';
  else if (ftype === 'Q3_K_L') type = 'Q5_K';
  else if ((ftype === 'IQ4_NL' || ftype === 'IQ4_XS') && f.gqa >= 4) type = 'Q5_K';
  else if ((ftype === 'Q4_K_M' || ftype === 'Q5_K_M') && moreBitsLayer(i, n)) type = 'Q6_K';
  else if (ftype === 'Q4_K_S' && i < 4) type = 'Q5_K';
  if (f.is70B && (type === 'Q3_K' || type === 'Q4_K')) type = 'Q5_K';
  if (f.experts === 8) type = 'Q8_0';
  return type;
}

/**
 * ffn_down (dense, expert and shared) in block i of n (llama_tensor_get_type_impl, non-Falcon
 * branches): Q2_K → Q3_K; Q3_K_M Q5_K below n/16 else Q4_K; Q3_K_L Q5_K; Q4_K_M and Q5_K_M Q6_K
 * where use_more_bits; Q4_K_S Q5_K below n/8; IQ4 Q5_K below n/8 without an imatrix; Q4_0 Q4_1
 * below n/8 with one.
 */
export function ffnDownType(ftype: GgufFtype, i: number, n: number, f: GgufModelFacts): GgmlType {
  const base = GGUF_DEFAULT_TYPE[ftype];
  const firstEighth = i < Math.trunc(n / 8);
  switch (ftype) {
    case 'Q2_K':
      return 'Q3_K';
    case 'Q3_K_M':
      return i < Math.trunc(n / 16) ? 'Q5_K' : 'Q4_K';
    case 'Q3_K_L':
      return 'Q5_K';
    case 'Q4_K_M':
    case 'Q5_K_M':
      return moreBitsLayer(i, n) ? 'Q6_K' : base;
    case 'IQ4_NL':
    case 'IQ4_XS':
      return firstEighth && !f.imatrix ? 'Q5_K' : base;
    case 'Q4_K_S':
      return firstEighth ? 'Q5_K' : base;
    case 'Q4_0':
      return firstEighth && f.imatrix ? 'Q4_1' : base;
    default:
      return base;
  }
}

/** attn_output: an 8-expert model takes Q5_K for most mixes; else Q2_K → Q3_K, Q3_K_M → Q4_K, Q3_K_L → Q5_K. */
export function attnOutputType(ftype: GgufFtype, f: GgufModelFacts): GgmlType {
  if (f.experts === 8) return N_EXPERT_8_OUTPUT.includes(ftype) ? 'Q5_K' : GGUF_DEFAULT_TYPE[ftype];
  if (ftype === 'Q2_K') return 'Q3_K';
  if (ftype === 'Q3_K_M') return 'Q4_K';
  if (ftype === 'Q3_K_L') return 'Q5_K';
  return GGUF_DEFAULT_TYPE[ftype];
}

/** attn_k: Q8_0 in an 8-expert model (Mixtral), else the default. */
export const attnKType = (ftype: GgufFtype, f: GgufModelFacts): GgmlType =>
  f.experts === 8 ? 'Q8_0' : GGUF_DEFAULT_TYPE[ftype];

const FALLBACK: Partial<Record<GgmlType, GgmlType>> = {
  Q2_K: 'Q4_0',
  Q3_K: 'Q4_0',
  Q4_K: 'Q5_0',
  Q5_K: 'Q5_1',
  Q6_K: 'Q8_0',
  IQ4_XS: 'IQ4_NL',
};

/**
 * llama-quant.cpp tensor_type_fallback: a row length that is not a whole number of blocks falls
 * back (Q4_K → Q5_0, Q6_K → Q8_0, …), and to F16 when still incompatible ("must use F16 due to
 * unusual shape").
 */
export function fallbackType(type: GgmlType, rowLength: number): GgmlType {
  const fits = (t: GgmlType) => rowLength % GGML_TYPES[t].weights === 0;
  if (fits(type)) return type;
  const next = FALLBACK[type];
  return next !== undefined && fits(next) ? next : 'F16';
}
