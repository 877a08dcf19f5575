import type { LoraTarget } from './linear-shapes';
import type { ModelSpec } from './model';
import { valueHeadDim } from './model-shape';
import { group, normGroup, vector, type TensorGroup, type TensorRole } from './tensor-group';

/**
 * Softmax attention's tensors in `layers` layers: Q (doubled by an output gate), K, V and O, or
 * MLA's compressed projections (DeepSeek-V3: q_a h×q_lora, q_b q_lora×a·d, kv_a h×(kv_lora +
 * rope), kv_b kv_lora×a·(d − rope + d_v), o a·d_v×h, with norms on both latents), then biases,
 * per-head query/key norms and sinks. Shapes from transformers' modeling_deepseek_v3.py,
 * modeling_gpt_oss.py and modeling_qwen3_next.py.
 */
export function attentionGroups(m: ModelSpec, layers: number): TensorGroup[] {
  if (layers === 0) return [];
  const h = m.hidden;
  const a = m.heads;
  const d = m.headDim;
  const dv = valueHeadDim(m);
  const groups: TensorGroup[] = [];
  const matrix = (role: TensorRole, inputs: number, outputs: number, lora: LoraTarget | null) =>
    groups.push(
      group({
        role,
        component: 'attention',
        inputs,
        outputs,
        perLayer: 1,
        layers,
        loraTarget: lora,
      }),
    );
  if (m.kvLoraRank !== null) {
    if (m.qLoraRank === null) matrix('attn-q', h, a * d, 'q');
    else {
      matrix('attn-q-a', h, m.qLoraRank, 'q');
      matrix('attn-q-b', m.qLoraRank, a * d, 'q');
      groups.push(normGroup(m, m.qLoraRank, 1, layers));
    }
    matrix('attn-kv-a', h, m.kvLoraRank + m.qkRopeHeadDim, 'k');
    matrix('attn-kv-b', m.kvLoraRank, a * (d - m.qkRopeHeadDim + dv), 'v');
    groups.push(normGroup(m, m.kvLoraRank, 1, layers));
  } else {
    const kv = m.kvHeads;
    matrix('attn-q', h, a * d * (m.attentionOutputGate ? 2 : 1), 'q');
    matrix('attn-k', h, kv * d, 'k');
    matrix('attn-v', h, kv * dv, 'v');
  }
  matrix('attn-o', a * dv, h, 'o');
  if (m.attentionBias !== 'none') {
    const qkv =
      m.kvLoraRank !== null ? 0 : a * d * (m.attentionOutputGate ? 2 : 1) + m.kvHeads * (d + dv);
    groups.push(vector('bias', 'biases', qkv + (m.attentionBias === 'all' ? h : 0), 1, layers));
  }
  if (m.qkNorm) groups.push(normGroup(m, d, 2, layers));
  if (m.attentionSinks) groups.push(vector('attn-extra', 'attention', a, 1, layers));
  return groups;
}

/**
 * Linear attention's tensors (Qwen3-Next's Gated DeltaNet, modeling_qwen3_next.py): in_proj_qkvz
 * h×(2·nk·dk + 2·nv·dv), in_proj_ba h×2·nv, a depthwise causal convolution of (2·nk·dk + nv·dv)
 * channels and `kernel` taps, dt_bias and A_log per value head, a gated RMSNorm of dv, out_proj.
 */
export function linearAttentionGroups(m: ModelSpec): TensorGroup[] {
  const layers = m.linearAttentionLayers;
  if (layers === 0) return [];
  const h = m.hidden;
  const keyDim = m.linearKeyHeads * m.linearKeyHeadDim;
  const valueDim = m.linearValueHeads * m.linearValueHeadDim;
  const convChannels = 2 * keyDim + valueDim;
  const g = (role: TensorRole, inputs: number, outputs: number) =>
    group({ role, component: 'attention', inputs, outputs, perLayer: 1, layers });
  return [
    g('linear-attn-in', h, 2 * keyDim + 2 * valueDim + 2 * m.linearValueHeads),
    { ...g('linear-attn-extra', 1, convChannels * m.linearConvKernel), isMatrix: false },
    g('linear-attn-extra', 1, 2 * m.linearValueHeads),
    vector('norm', 'norms', m.linearValueHeadDim, 1, layers),
    g('linear-attn-out', valueDim, h),
  ];
}

/** An MLP's matrices of width `width` in `layers` layers, `perLayer` of them, `active` used per token. */
function mlpGroups(
  m: ModelSpec,
  roles: readonly [TensorRole, TensorRole, TensorRole],
  width: number,
  perLayer: number,
  layers: number,
  active = perLayer,
): TensorGroup[] {
  if (layers === 0 || perLayer === 0 || width === 0) return [];
  const h = m.hidden;
  const [gateRole, upRole, downRole] = roles;
  const g = (role: TensorRole, inputs: number, outputs: number, lora: LoraTarget) =>
    group({
      role,
      component: 'mlp',
      inputs,
      outputs,
      perLayer,
      layers,
      activePerLayer: active,
      loraTarget: lora,
    });
  const groups = m.mlp === 'gated' ? [g(gateRole, h, width, 'gate')] : [];
  groups.push(g(upRole, h, width, 'up'), g(downRole, width, h, 'down'));
  if (m.mlpBias) {
    // Biases: gated 2·f + h (gate and up of f, down of h), plain f + h.
    const size = (m.mlp === 'gated' ? 2 : 1) * width + h;
    groups.push({ ...vector('bias', 'biases', size, perLayer, layers), activePerLayer: active });
  }
  return groups;
}

const DENSE_ROLES = ['ffn-gate', 'ffn-up', 'ffn-down'] as const;
const EXPERT_ROLES = ['expert-gate', 'expert-up', 'expert-down'] as const;
const SHARED_ROLES = ['shared-gate', 'shared-up', 'shared-down'] as const;

/** The MLP tensors of every layer: dense MLPs, and in MoE layers the routed and shared experts with the router. */
export function mlpLayerGroups(
  m: ModelSpec,
  moeLayers: number,
  denseLayers: number,
): TensorGroup[] {
  const groups = mlpGroups(m, DENSE_ROLES, m.intermediate, 1, denseLayers);
  if (moeLayers === 0) return groups;
  groups.push(
    ...mlpGroups(m, EXPERT_ROLES, m.expertIntermediate, m.experts, moeLayers, m.expertsPerToken),
    ...mlpGroups(m, SHARED_ROLES, m.sharedExpertIntermediate, m.sharedExperts, moeLayers),
    group({
      role: 'router',
      component: 'router',
      inputs: m.hidden,
      outputs: m.experts,
      perLayer: 1,
      layers: moeLayers,
    }),
  );
  // Qwen2-MoE's shared_expert_gate is Linear(h, 1, bias=False) in every MoE layer.
  if (m.sharedExpertGate) groups.push(vector('router', 'router', m.hidden, 1, moeLayers));
  if (m.routerBias) groups.push(vector('router', 'router', m.experts, 1, moeLayers));
  return groups;
}
