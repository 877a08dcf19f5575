import type { WeightFormat } from './format-types';
import { blockBitsPerWeight, GGML_TYPES } from './ggml-blocks';
import { GGUF_DEFAULT_TYPE, GGUF_FTYPES, type GgufFtype } from './gguf-rules';

export type GgufFormatId = `gguf-${Lowercase<GgufFtype>}`;

export const ggufFormatId = (ftype: GgufFtype): GgufFormatId =>
  `gguf-${ftype.toLowerCase() as Lowercase<GgufFtype>}`;

export const GGUF_FORMAT_IDS: readonly GgufFormatId[] = GGUF_FTYPES.map(ggufFormatId);

/** The element width a mix is named for: Q4_K_M is a 4-bit mix, Q8_0 an 8-bit one. */
const ELEMENT_BITS: Readonly<Record<GgufFtype, number>> = {
  Q8_0: 8,
  Q6_K: 6,
  Q5_K_M: 5,
  Q5_K_S: 5,
  Q4_K_M: 4,
  Q4_K_S: 4,
  Q4_0: 4,
  IQ4_NL: 4,
  IQ4_XS: 4,
  Q3_K_L: 3,
  Q3_K_M: 3,
  Q3_K_S: 3,
  Q2_K: 2,
  MXFP4_MOE: 4,
};

function keeps(ftype: GgufFtype): string {
  if (ftype === 'MXFP4_MOE')
    return 'MoE experts in MXFP4, every other matrix in Q8_0, norms and routers in F32';
  const output = ftype === 'Q8_0' ? 'Q8_0' : 'Q6_K';
  return `output head in ${output}, some attn_v and ffn_down layers in more bits (llama.cpp's mix), norms and routers in F32`;
}

function ggufFormat(ftype: GgufFtype): WeightFormat<GgufFormatId> {
  return {
    id: ggufFormatId(ftype),
    label: `GGUF ${ftype}`,
    family: 'gguf',
    scheme: { kind: 'gguf', ftype },
    bitsPerWeight: blockBitsPerWeight(GGML_TYPES[GGUF_DEFAULT_TYPE[ftype]]),
    elementBits: ELEMENT_BITS[ftype],
    // llama.cpp computes in F32 and keeps an F16 KV cache unless -ctk/-ctv say otherwise.
    compute: 'fp32',
    kvCache: 'fp16',
    trainable: false,
    keeps: keeps(ftype),
    source: 'llama.cpp ggml-common.h block layouts; src/llama-quant.cpp llama_tensor_get_type',
  };
}

export const GGUF_FORMATS = Object.fromEntries(
  GGUF_FTYPES.map((ftype) => [ggufFormatId(ftype), ggufFormat(ftype)]),
) as Readonly<Record<GgufFormatId, WeightFormat<GgufFormatId>>>;
