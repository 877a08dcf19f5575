import type { ModelSpec } from '../model';
import type { TensorGroup, TensorRole } from '../tensor-group';
import type { GgmlType } from './ggml-blocks';
import {
  attnKType,
  attnOutputType,
  attnVType,
  fallbackType,
  ffnDownType,
  GGUF_DEFAULT_TYPE,
  outputType,
  type GgufFtype,
  type GgufModelFacts,
} from './gguf-rules';

/** Tensors of one GGML type within a group: `layers` of the group's layers use `type`. */
export interface GgufPart {
  type: GgmlType;
  layers: number;
}

/**
 * Roles llama.cpp never quantizes: 1-D tensors, norms, the MoE router (`ffn_gate_inp`) and
 * learned positions, which convert_hf_to_gguf.py writes in F32 ("Some tensor types are always in
 * float32": FFN_GATE_INP, POS_EMBD, …, `or not new_name.endswith(".weight")`).
 */
const F32_ROLES: ReadonlySet<TensorRole> = new Set([
  'norm',
  'bias',
  'router',
  'position-embedding',
  'attn-extra',
  'linear-attn-extra',
]);

const DOWN_ROLES: ReadonlySet<TensorRole> = new Set(['ffn-down', 'expert-down', 'shared-down']);
const EXPERT_ROLES: ReadonlySet<TensorRole> = new Set(['expert-gate', 'expert-up', 'expert-down']);

/** What llama.cpp reads about the model; LLM_TYPE_70B is a Llama of 80 layers with GQA (llama-model.cpp). */
export function ggufModelFacts(m: ModelSpec, imatrix: boolean): GgufModelFacts {
  return {
    gqa: m.heads / m.kvHeads,
    experts: Math.max(1, m.experts),
    is70B: m.experts <= 1 && m.layers === 80 && m.kvHeads < m.heads,
    imatrix,
  };
}

/**
 * The block indices of the layers a feed-forward group spans: MoE groups the MoE layers (after
 * the dense ones, every moeLayerStep-th), dense groups the rest. MTP groups sit after the last block.
 */
function ffnLayerIndices(m: ModelSpec, g: TensorGroup): number[] {
  if (g.component === 'mtp') return Array.from({ length: g.layers }, (_, k) => m.layers + k);
  const isMoeLayer = (layer: number) =>
    m.experts > 1 && layer >= m.denseLayers && (layer + 1) % m.moeLayerStep === 0;
  const wantMoe = g.role !== 'ffn-down';
  const indices: number[] = [];
  for (let layer = 0; layer < m.layers; layer++) {
    if (isMoeLayer(layer) === wantMoe) indices.push(layer);
  }
  return indices;
}

function countTypes(types: readonly GgmlType[]): GgufPart[] {
  const counts = new Map<GgmlType, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, layers]) => ({ type, layers }));
}

/** The type every layer of a quantized group gets before the shape fallback. */
function layerTypes(
  m: ModelSpec,
  ftype: GgufFtype,
  g: TensorGroup,
  facts: GgufModelFacts,
): GgmlType[] {
  const every = (type: GgmlType) => Array<GgmlType>(g.layers).fill(type);
  if (g.role === 'output' || (g.role === 'token-embedding' && m.tiedEmbeddings))
    return every(outputType(ftype, g.inputs));
  // MXFP4_MOE: "MoE tensors -> MXFP4, other tensors -> Q8_0" (3-D expert tensors have ne[2] > 1).
  if (ftype === 'MXFP4_MOE') return every(EXPERT_ROLES.has(g.role) ? 'MXFP4' : 'Q8_0');
  if (g.role === 'attn-v' || g.role === 'attn-kv-b') {
    // i_attention_wv counts these tensors in order, over n_attention_wv of them.
    return Array.from({ length: g.layers }, (_, i) => attnVType(ftype, i, g.layers, facts));
  }
  if (DOWN_ROLES.has(g.role)) {
    const n = m.layers + (g.component === 'mtp' ? g.layers : 0);
    return ffnLayerIndices(m, g).map((i) => ffnDownType(ftype, i, n, facts));
  }
  if (g.role === 'attn-o') return every(attnOutputType(ftype, facts));
  if (g.role === 'attn-k') return every(attnKType(ftype, facts));
  return every(GGUF_DEFAULT_TYPE[ftype]);
}

/**
 * The GGML types a GGUF file of `ftype` gives a tensor group, split by layer (llama-quant.cpp
 * llama_tensor_get_type_impl and tensor_type_fallback): F32 for the tensors it never quantizes,
 * F16 for a vision tower (its own mmproj file), the mix's rule for the rest.
 */
export function ggufGroupParts(
  m: ModelSpec,
  ftype: GgufFtype,
  g: TensorGroup,
  facts: GgufModelFacts,
): GgufPart[] {
  if (g.role === 'vision') return [{ type: 'F16', layers: g.layers }];
  if (g.inputs === 1 || F32_ROLES.has(g.role)) return [{ type: 'F32', layers: g.layers }];
  const types = layerTypes(m, ftype, g, facts).map((type) => fallbackType(type, g.inputs));
  return countTypes(types);
}
