import { z } from 'zod';
import { checkPositiveInteger, type FieldIssue } from '../domain/errors';
import { HubError } from './hub-errors';

/**
 * Zod compiles object schemas with `new Function` when it can, and probes for it on first use; the
 * page's Content Security Policy forbids eval, so the probe alone is reported as a violation. Parsing
 * without the compiled fast path is the same result, a little slower, and needs no 'unsafe-eval'.
 * Set here, before any schema of this module parses: this is the only module that uses zod.
 */
z.config({ jitless: true });

/** A size or count the model cannot have zero of (layers, heads, widths). */
const size = z.int().positive().nullish();
/** A count that may be zero (dense leading layers, shared experts). */
const count = z.int().nonnegative().nullish();
const flag = z.boolean().nullish();
const text = z.string().nullish();

/** The sizing fields of config.json that any supported family reads, keyed as Hugging Face spells them. */
const SIZE_FIELDS = {
  num_hidden_layers: size,
  n_layer: size,
  n_layers: size,
  num_layers: size,
  hidden_size: size,
  n_embd: size,
  n_embed: size,
  d_model: size,
  num_attention_heads: size,
  n_head: size,
  n_heads: size,
  num_key_value_heads: size,
  num_kv_heads: size,
  n_head_kv: size,
  head_dim: size,
  intermediate_size: size,
  n_inner: size,
  ffn_dim: size,
  ffn_hidden_size: size,
  vocab_size: size,
  max_position_embeddings: size,
  n_positions: size,
  num_local_experts: size,
  num_experts: size,
  n_routed_experts: size,
  num_experts_per_tok: size,
  moe_intermediate_size: size,
  decoder_sparse_step: size,
  moe_layer_freq: size,
  word_embed_proj_dim: size,
  num_ln_in_parallel_attn: size,
  sliding_window_pattern: size,
  kv_lora_rank: size,
  q_lora_rank: size,
  qk_nope_head_dim: size,
  qk_rope_head_dim: size,
  v_head_dim: size,
  sliding_window: size,
  experts_per_token: size,
  interleave_moe_layer_step: size,
  intermediate_size_mlp: size,
  attention_chunk_size: size,
  full_attention_interval: size,
  linear_num_key_heads: size,
  linear_num_value_heads: size,
  linear_key_head_dim: size,
  linear_value_head_dim: size,
  linear_conv_kernel_dim: size,
} as const;

const COUNT_FIELDS = {
  shared_expert_intermediate_size: count,
  n_shared_experts: count,
  num_shared_experts: count,
  first_k_dense_replace: count,
  max_window_layers: count,
  num_nextn_predict_layers: count,
} as const;

/** The booleans families read; absent or null means the family's default. */
const FLAG_FIELDS = {
  is_encoder_decoder: flag,
  use_sliding_window: flag,
  tie_word_embeddings: flag,
  attention_bias: flag,
  mlp_bias: flag,
  bias: flag,
  enable_bias: flag,
  multi_query: flag,
  new_decoder_architecture: flag,
  parallel_attn: flag,
  alibi: flag,
  do_layer_norm_before: flag,
  _remove_final_layer_norm: flag,
  layer_norm_elementwise_affine: flag,
  use_qk_norm: flag,
} as const;

export type ConfigFlag = keyof typeof FLAG_FIELDS;

const NUMBER_FIELDS: ReadonlySet<string> = new Set([
  ...Object.keys(SIZE_FIELDS),
  ...Object.keys(COUNT_FIELDS),
]);

const quantizationSchema = z.looseObject({
  quant_method: text,
  bits: size,
  load_in_4bit: flag,
  load_in_8bit: flag,
});

/**
 * config.json at the boundary: the fields the mapping reads, each checked (sizes are whole numbers
 * of at least 1), and every other field kept as it came. `sliding_window` may be a size or null.
 */
export const hubConfigSchema = z.looseObject({
  model_type: text,
  architectures: z.array(z.string()).nullish(),
  ...SIZE_FIELDS,
  ...COUNT_FIELDS,
  ...FLAG_FIELDS,
  layer_types: z.array(z.string()).nullish(),
  mlp_only_layers: z.array(z.int().nonnegative()).nullish(),
  no_rope_layers: z.array(z.int().nonnegative()).nullish(),
  moe_layers: z.array(z.int().nonnegative()).nullish(),
  topk_method: text,
  torch_dtype: text,
  dtype: text,
  quantization_config: quantizationSchema.nullish(),
  text_config: z.record(z.string(), z.unknown()).nullish(),
  vision_config: z.record(z.string(), z.unknown()).nullish(),
});

export type HubConfig = z.infer<typeof hubConfigSchema>;

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/**
 * Checks parsed JSON against the schema. A bad number names its field (impossible-numbers);
 * anything that is not an object, or a wrongly typed non-number field, is not a config.
 */
export function parseHubConfig(json: unknown): HubConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new HubError({
      kind: 'not-a-transformer-config',
      reason: `it is ${kindOf(json)}, not a JSON object`,
    });
  }
  const result = hubConfigSchema.safeParse(json);
  if (result.success) return result.data;
  const raw = json as Record<string, unknown>;
  const numberIssues: FieldIssue[] = [];
  const otherFields = new Set<string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!NUMBER_FIELDS.has(field)) {
      otherFields.add(field === '' ? 'the file' : field);
    } else if (!numberIssues.some((known) => known.field === field)) {
      const before = numberIssues.length;
      checkPositiveInteger(numberIssues, field, raw[field], { allowZero: field in COUNT_FIELDS });
      if (numberIssues.length === before) numberIssues.push({ field, message: issue.message });
    }
  }
  if (numberIssues.length > 0)
    throw new HubError({ kind: 'impossible-numbers', issues: numberIssues });
  throw new HubError({
    kind: 'not-a-transformer-config',
    reason: `${[...otherFields].join(', ')} ${otherFields.size > 1 ? 'have' : 'has'} the wrong type`,
  });
}
