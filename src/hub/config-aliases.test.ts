import { describe, expect, it } from 'vitest';
import { CONFIG_ALIASES, readAlias, type AliasedField } from './config-aliases';
import { parseHubConfig } from './hub-config-schema';
import { toModelSpec } from './to-model-spec';

const ROWS = (Object.entries(CONFIG_ALIASES) as [AliasedField, readonly string[]][]).flatMap(
  ([field, keys]) => keys.map((key, index) => ({ field, key, index })),
);

describe('the alias table', () => {
  it('holds the names the brief lists', () => {
    expect(CONFIG_ALIASES.layers).toEqual(
      expect.arrayContaining(['num_hidden_layers', 'n_layer', 'n_layers']),
    );
    expect(CONFIG_ALIASES.hidden).toEqual(
      expect.arrayContaining(['hidden_size', 'n_embd', 'd_model']),
    );
    expect(CONFIG_ALIASES.heads).toEqual(expect.arrayContaining(['num_attention_heads', 'n_head']));
    expect(CONFIG_ALIASES.intermediate).toEqual(
      expect.arrayContaining(['intermediate_size', 'n_inner', 'ffn_dim']),
    );
    expect(CONFIG_ALIASES.experts).toEqual(
      expect.arrayContaining(['num_local_experts', 'num_experts', 'n_routed_experts']),
    );
    expect(CONFIG_ALIASES.maxPositions).toEqual(
      expect.arrayContaining(['max_position_embeddings', 'n_positions']),
    );
  });

  it.each(ROWS)('$field is read from $key', ({ field, key }) => {
    expect(readAlias(parseHubConfig({ [key]: 7 }), field)).toEqual({ value: 7, key });
  });

  it.each(ROWS.filter((row) => row.index > 0))(
    '$field prefers its first name over $key',
    ({ field, key }) => {
      const first = CONFIG_ALIASES[field][0] as string;
      expect(readAlias(parseHubConfig({ [key]: 7, [first]: 9 }), field)).toEqual({
        value: 9,
        key: first,
      });
    },
  );

  it('treats null as absent and falls through to the next name', () => {
    expect(readAlias(parseHubConfig({ n_inner: null, ffn_dim: 3072 }), 'intermediate')).toEqual({
      value: 3072,
      key: 'ffn_dim',
    });
    expect(readAlias(parseHubConfig({ n_inner: null }), 'intermediate')).toBeUndefined();
  });
});

describe('aliases through the mapping', () => {
  const map = (json: object) => toModelSpec(parseHubConfig(json), 'test').model;

  it('reads GPT-2 names (n_layer, n_embd, n_head, n_inner, n_positions)', () => {
    const model = map({
      model_type: 'gpt2',
      n_layer: 2,
      n_embd: 64,
      n_head: 4,
      n_inner: 100,
      n_positions: 32,
      vocab_size: 50,
    });
    expect(model).toMatchObject({
      layers: 2,
      hidden: 64,
      heads: 4,
      headDim: 16,
      intermediate: 100,
      maxPositions: 32,
      kvHeads: 4,
    });
  });

  it('takes 4 × hidden when GPT-2 writes n_inner: null', () => {
    expect(
      map({ model_type: 'gpt2', n_layer: 2, n_embd: 64, n_head: 4, n_inner: null, vocab_size: 50 })
        .intermediate,
    ).toBe(256);
  });

  it('reads MPT-style names (d_model, n_heads, n_layers) for an unknown family', () => {
    const model = map({
      model_type: 'mpt',
      d_model: 64,
      n_heads: 4,
      n_layers: 3,
      vocab_size: 50,
      intermediate_size: 128,
    });
    expect(model).toMatchObject({ layers: 3, hidden: 64, heads: 4 });
  });

  it("reads OPT's ffn_dim", () => {
    expect(
      map({
        model_type: 'opt',
        num_hidden_layers: 2,
        hidden_size: 64,
        num_attention_heads: 4,
        ffn_dim: 96,
        vocab_size: 50,
      }).intermediate,
    ).toBe(96);
  });

  it('reads Falcon: multi_query → one KV head; new_decoder_architecture → num_kv_heads and two norms', () => {
    const falcon = {
      model_type: 'falcon',
      num_hidden_layers: 2,
      hidden_size: 64,
      num_attention_heads: 8,
      vocab_size: 50,
    };
    expect(map({ ...falcon, multi_query: true })).toMatchObject({ kvHeads: 1, normsPerLayer: 1 });
    expect(map({ ...falcon, multi_query: false, parallel_attn: false })).toMatchObject({
      kvHeads: 8,
      normsPerLayer: 2,
    });
    expect(map({ ...falcon, new_decoder_architecture: true, num_kv_heads: 2 })).toMatchObject({
      kvHeads: 2,
      normsPerLayer: 2,
    });
    expect(
      map({
        ...falcon,
        new_decoder_architecture: true,
        num_kv_heads: 2,
        num_ln_in_parallel_attn: 1,
      }),
    ).toMatchObject({ normsPerLayer: 1 });
    expect(map({ ...falcon, model_type: 'RefinedWeb', n_head_kv: 4 })).toMatchObject({
      kvHeads: 4,
      normsPerLayer: 2,
    });
    expect(map({ ...falcon, ffn_hidden_size: 100 }).intermediate).toBe(100);
  });

  it('reads the three MoE spellings', () => {
    const dense = {
      num_hidden_layers: 2,
      hidden_size: 64,
      num_attention_heads: 4,
      vocab_size: 50,
      intermediate_size: 128,
    };
    expect(
      map({ ...dense, model_type: 'mixtral', num_local_experts: 8, num_experts_per_tok: 2 })
        .experts,
    ).toBe(8);
    expect(
      map({
        ...dense,
        model_type: 'qwen2_moe',
        num_experts: 6,
        num_experts_per_tok: 2,
        moe_intermediate_size: 32,
      }).experts,
    ).toBe(6);
    expect(
      map({
        ...dense,
        model_type: 'deepseek',
        n_routed_experts: 4,
        num_experts_per_tok: 2,
        moe_intermediate_size: 32,
      }).experts,
    ).toBe(4);
  });
});
