import { describe, expect, it } from 'vitest';
import { parseHubConfig } from './hub-config-schema';
import { HubError } from './hub-errors';

const base = {
  model_type: 'llama',
  num_hidden_layers: 2,
  hidden_size: 64,
  num_attention_heads: 4,
  vocab_size: 100,
};

function rejection(json: unknown): HubError {
  try {
    parseHubConfig(json);
  } catch (error) {
    expect(error).toBeInstanceOf(HubError);
    return error as HubError;
  }
  throw new Error('the schema accepted it');
}

describe('hubConfigSchema at the boundary', () => {
  it('keeps every field it does not read', () => {
    const config = parseHubConfig({ ...base, rope_scaling: { factor: 8 }, custom_flag: 'kept' });
    expect(config['custom_flag']).toBe('kept');
    expect(config['rope_scaling']).toEqual({ factor: 8 });
  });

  it('accepts null where configs write null (sliding_window, n_inner, head_dim)', () => {
    expect(
      parseHubConfig({ ...base, sliding_window: null, n_inner: null, head_dim: null })
        .sliding_window,
    ).toBeNull();
  });

  it('accepts zero for counts that may be zero', () => {
    expect(
      parseHubConfig({ ...base, first_k_dense_replace: 0, shared_expert_intermediate_size: 0 })
        .first_k_dense_replace,
    ).toBe(0);
  });

  it.each([
    ['zero layers', { num_hidden_layers: 0 }, 'num_hidden_layers', /must be at least 1, got 0/],
    ['negative heads', { num_attention_heads: -4 }, 'num_attention_heads', /at least 1, got -4/],
    [
      'a fractional width',
      { intermediate_size: 1.5 },
      'intermediate_size',
      /whole number, got 1.5/,
    ],
    ['a string', { hidden_size: '4096' }, 'hidden_size', /must be a number/],
    [
      'an overflowing number',
      JSON.parse('{"vocab_size": 1e400}') as object,
      'vocab_size',
      /must be finite/,
    ],
    [
      'a negative count',
      { first_k_dense_replace: -1 },
      'first_k_dense_replace',
      /zero or more, got -1/,
    ],
    ['a zero window', { sliding_window: 0 }, 'sliding_window', /.+/],
  ])('names %s as an impossible number', (_name, patch, field, message) => {
    const error = rejection({ ...base, ...patch });
    expect(error.detail.kind).toBe('impossible-numbers');
    if (error.detail.kind !== 'impossible-numbers') return;
    const issue = error.detail.issues.find((candidate) => candidate.field === field);
    expect(issue?.message).toMatch(message);
  });

  it.each([
    ['an array', [base], /it is an array/],
    ['a string', 'config', /it is string/],
    ['null', null, /it is null/],
    ['a wrongly typed model_type', { ...base, model_type: 7 }, /model_type has the wrong type/],
    [
      'a flag written as text',
      { ...base, tie_word_embeddings: 'yes' },
      /tie_word_embeddings has the wrong type/,
    ],
  ])('calls %s not a transformer config', (_name, json, message) => {
    const error = rejection(json);
    expect(error.kind).toBe('not-a-transformer-config');
    expect(error.message).toMatch(message);
  });
});
