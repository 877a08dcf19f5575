import type { TensorRole } from '../tensor-group';

const ATTENTION: readonly TensorRole[] = [
  'attn-q',
  'attn-k',
  'attn-v',
  'attn-o',
  'attn-q-a',
  'attn-q-b',
  'attn-kv-a',
  'attn-kv-b',
  'attn-extra',
];
const LINEAR_ATTENTION: readonly TensorRole[] = [
  'linear-attn-in',
  'linear-attn-out',
  'linear-attn-extra',
];
type MlpRoles = readonly [TensorRole, TensorRole, TensorRole];
const DENSE: MlpRoles = ['ffn-gate', 'ffn-up', 'ffn-down'];
const EXPERTS: MlpRoles = ['expert-gate', 'expert-up', 'expert-down'];
const SHARED: MlpRoles = ['shared-gate', 'shared-up', 'shared-down'];
const MLP: readonly TensorRole[] = [...DENSE, ...EXPERTS, ...SHARED, 'router'];

/**
 * Hugging Face module names (transformers' Llama, Mixtral, Qwen2/3-MoE, DeepSeek-V3, gpt-oss,
 * Qwen3-Next, Llama 4 modeling files) and the roles of the tensors under them.
 */
const MODULE_ROLES: Readonly<Record<string, readonly TensorRole[]>> = {
  lm_head: ['output'],
  embed_tokens: ['token-embedding'],
  wte: ['token-embedding'],
  self_attn: ATTENTION,
  attn: ATTENTION,
  attention: ATTENTION,
  q_proj: ['attn-q'],
  k_proj: ['attn-k'],
  v_proj: ['attn-v'],
  o_proj: ['attn-o'],
  qkv_proj: ['attn-q', 'attn-k', 'attn-v'],
  q_a_proj: ['attn-q-a'],
  q_b_proj: ['attn-q-b'],
  kv_a_proj_with_mqa: ['attn-kv-a'],
  kv_b_proj: ['attn-kv-b'],
  linear_attn: LINEAR_ATTENTION,
  in_proj_qkvz: ['linear-attn-in'],
  in_proj_ba: ['linear-attn-in'],
  out_proj: ['linear-attn-out'],
  mlp: MLP,
  feed_forward: MLP,
  block_sparse_moe: [...EXPERTS, 'router'],
  experts: EXPERTS,
  shared_expert: SHARED,
  shared_experts: SHARED,
  shared_expert_gate: ['router'],
  gate: ['router'],
  router: ['router'],
  visual: ['vision'],
  vision_tower: ['vision'],
  vision_model: ['vision'],
  multi_modal_projector: ['vision'],
};

/** gate_proj, up_proj and down_proj (Mixtral's w1, w3, w2) within the MLP they sit in. */
const PROJECTIONS: Readonly<Record<string, 0 | 1 | 2>> = {
  gate_proj: 0,
  w1: 0,
  up_proj: 1,
  w3: 1,
  down_proj: 2,
  w2: 2,
};

/** The roles one module pattern names: its last known module name, read in the MLP it sits in. */
function rolesOf(pattern: string): readonly TensorRole[] {
  const names = pattern
    .replace(/^re:/, '')
    .split(/[^A-Za-z0-9_]+/)
    .filter(Boolean);
  const inShared = names.some((n) => n === 'shared_expert' || n === 'shared_experts');
  const inExperts = names.includes('experts') || names.includes('block_sparse_moe');
  const sets: readonly MlpRoles[] = inShared
    ? [SHARED]
    : inExperts
      ? [EXPERTS]
      : [DENSE, EXPERTS, SHARED];
  for (const name of [...names].reverse()) {
    const projection = PROJECTIONS[name];
    if (projection !== undefined) return sets.map((set) => set[projection]);
    if (name === 'gate_up_proj') return sets.flatMap((set) => [set[0], set[1]]);
    const roles = MODULE_ROLES[name];
    if (roles) return roles;
  }
  return [];
}

/**
 * The tensor roles a config's `modules_to_not_convert` (or `ignore`, `exclude_modules`,
 * `llm_int8_skip_modules`) keeps unquantized, and the patterns that name no known module. gpt-oss
 * keeps `model.layers.*.self_attn`, `model.layers.*.mlp.router`, `model.embed_tokens` and
 * `lm_head`, so only its experts are MXFP4.
 */
export function rolesNotConverted(patterns: readonly string[]): {
  roles: TensorRole[];
  unmatched: string[];
} {
  const roles = new Set<TensorRole>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const found = rolesOf(pattern);
    if (found.length === 0) unmatched.push(pattern);
    for (const role of found) roles.add(role);
  }
  return { roles: [...roles], unmatched };
}
