import type { ModelSpec } from './model';
import { attentionGroups, linearAttentionGroups, mlpLayerGroups } from './block-tensors';
import { softmaxAttentionLayers } from './model-shape';
import { groupActiveParams, groupParams, type TensorGroup } from './tensor-group';
import { modelTensors, mtpTensors } from './tensors';

/** The model's parameters by component: the seed's "what the parameters are made of" (docs/method.md §1). */
export interface ParameterBreakdown {
  /** Token embedding table V·e (e = h unless projected), plus OPT-350m's project_in and project_out 2·e·h. */
  embeddings: number;
  /** Learned position table, (P + offset)·h (0 for rotary positions). */
  positions: number;
  /** Attention weights, all layers: Q, K, V and O, MLA's compressed projections, linear attention's mixers, sinks. */
  attention: number;
  /** Dense MLP and expert weights, all layers. */
  mlp: number;
  /** MoE router weights h·E per MoE layer, their biases, and Qwen2-MoE's shared-expert gate. */
  router: number;
  /** Norm weights (and LayerNorm biases), all layers and the final norm. */
  norms: number;
  /** Biases of the linear layers. */
  biases: number;
  /** Output head V·e, 0 when tied to the embeddings. */
  head: number;
  /** A multimodal checkpoint's vision encoder and projector. */
  vision: number;
  total: number;
  /** Parameters one token uses: a mixture of experts counts only the k routed and the shared experts. */
  active: number;
  /**
   * Multi-token-prediction modules, counted apart from `total` ("671B + 11.6B MTP"): engines load
   * them only for speculative decoding.
   */
  mtp: number;
  /** Elements of the 2-D weight matrices inside the blocks: what quantized formats compress. */
  quantizable: number;
  /** Parameters of the largest single layer: what ZeRO-3 gathers while that layer runs. */
  largestLayer: number;
}

const sum = (groups: readonly TensorGroup[], pick = groupParams): number =>
  groups.reduce((total, g) => total + pick(g), 0);

/** Parameters of one layer of each kind: the largest is what ZeRO-3 gathers at once. */
function largestLayer(m: ModelSpec, groups: readonly TensorGroup[]): number {
  const perLayer = (gs: readonly TensorGroup[]) =>
    gs.reduce((total, g) => total + g.inputs * g.outputs * g.perLayer, 0);
  const mixers = [
    softmaxAttentionLayers(m) > 0 ? perLayer(attentionGroups(m, 1)) : 0,
    m.linearAttentionLayers > 0
      ? perLayer(linearAttentionGroups({ ...m, linearAttentionLayers: 1 }))
      : 0,
  ];
  const mlps = [
    perLayer(mlpLayerGroups(m, 0, 1)),
    m.experts > 1 ? perLayer(mlpLayerGroups(m, 1, 0)) : 0,
  ];
  const norms = m.normsPerLayer * m.hidden * (m.norm === 'layernorm' ? 2 : 1);
  const outside = groups
    .filter((g) => g.layers === 1)
    .map((g) => g.inputs * g.outputs * g.perLayer);
  return Math.max(Math.max(...mixers) + Math.max(...mlps) + norms, ...outside);
}

/**
 * Counts a decoder-only transformer's parameters by component from its tensor inventory
 * (docs/method.md §1). Public checks: Llama-2-7B 6,738,415,616; GPT-3 174,604,259,328;
 * DeepSeek-V3 671,026,419,200; gpt-oss-20b 20,914,757,184.
 */
export function countParameters(m: ModelSpec): ParameterBreakdown {
  const groups = modelTensors(m);
  const of = (component: TensorGroup['component']) =>
    sum(groups.filter((g) => g.component === component));
  const total = sum(groups);
  return {
    embeddings: of('embeddings'),
    positions: of('positions'),
    attention: of('attention'),
    mlp: of('mlp'),
    router: of('router'),
    norms: of('norms'),
    biases: of('biases'),
    head: of('head'),
    vision: of('vision'),
    total,
    active: sum(groups, groupActiveParams),
    mtp: sum(mtpTensors(m)),
    quantizable: sum(groups.filter(isBlockMatrix)),
    largestLayer: largestLayer(m, groups),
  };
}

/** A weight matrix inside the blocks (not the embeddings or the head). */
const isBlockMatrix = (g: TensorGroup): boolean =>
  g.isMatrix && ['attention', 'mlp', 'router'].includes(g.component);

export const PARAMETER_COMPONENTS = [
  'embeddings',
  'positions',
  'attention',
  'mlp',
  'router',
  'norms',
  'biases',
  'head',
  'vision',
] as const satisfies readonly (keyof ParameterBreakdown)[];
