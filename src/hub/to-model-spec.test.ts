import { describe, expect, it } from 'vitest';
import { fixtureText } from './fixtures/fixture-text';
import { parseHubConfig } from './hub-config-schema';
import { HubError } from './hub-errors';
import { importConfigText } from './import-config';
import { suggestDtype } from './suggest-dtype';
import { toModelSpec } from './to-model-spec';

const LLAMA = JSON.parse(fixtureText('meta-llama_Llama-3.1-8B')) as Record<string, unknown>;
const QWEN = JSON.parse(fixtureText('Qwen_Qwen2.5-7B-Instruct')) as Record<string, unknown>;
const GEMMA2 = JSON.parse(fixtureText('google_gemma-2-9b')) as Record<string, unknown>;

const map = (json: object) => toModelSpec(parseHubConfig(json), 'test');
const without = (json: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(json).filter(([key]) => !keys.includes(key)));

function failure(json: object): HubError {
  try {
    map(json);
  } catch (error) {
    expect(error).toBeInstanceOf(HubError);
    return error as HubError;
  }
  throw new Error('the mapping accepted it');
}

describe('assumptions for missing fields', () => {
  it('lists each with the value used and the reason', () => {
    const { model, assumptions } = map(
      without(
        LLAMA,
        'num_key_value_heads',
        'tie_word_embeddings',
        'max_position_embeddings',
        'intermediate_size',
      ),
    );
    expect(assumptions).toEqual([
      {
        field: 'intermediate',
        assumedValue: 4 * 4096,
        reason: expect.stringMatching(/intermediate_size is missing/),
      },
      {
        field: 'kvHeads',
        assumedValue: 32,
        reason: expect.stringMatching(/num_key_value_heads is missing; Llama/),
      },
      {
        field: 'maxPositions',
        assumedValue: 2048,
        reason: expect.stringMatching(/Llama's default is 2048/),
      },
      {
        field: 'tiedEmbeddings',
        assumedValue: false,
        reason: expect.stringMatching(/does not tie/),
      },
    ]);
    expect(model).toMatchObject({
      intermediate: 16384,
      kvHeads: 32,
      maxPositions: 2048,
      tiedEmbeddings: false,
    });
  });

  it('does not call a width the family defines as 4·h an assumption', () => {
    const gpt2 = map({
      model_type: 'gpt2',
      n_layer: 2,
      n_embd: 64,
      n_head: 4,
      n_positions: 32,
      vocab_size: 50,
      tie_word_embeddings: true,
    });
    expect(gpt2.assumptions).toEqual([]);
  });

  it("uses Gemma's head_dim default of 256, not h/a", () => {
    const gemma = map(
      without(JSON.parse(fixtureText('google_gemma-7b')) as Record<string, unknown>, 'head_dim'),
    );
    expect(gemma.model.headDim).toBe(256);
    expect(gemma.assumptions.map((a) => a.field)).toContain('headDim');
  });

  it('reads an unknown family as Llama-style and says so', () => {
    const custom = map({ ...LLAMA, model_type: 'my_decoder' });
    expect(custom.family).toBe('model_type "my_decoder"');
    expect(custom.assumptions.map((a) => [a.field, a.assumedValue])).toEqual([
      ['mlp', 'gated'],
      ['norm', 'rmsnorm'],
    ]);
    expect(custom.assumptions[0]?.reason).toMatch(/not a family this calculator knows/);
  });
});

describe('family details', () => {
  it('Llama with attention_bias and mlp_bias set gets biases everywhere', () => {
    expect(map({ ...LLAMA, attention_bias: true, mlp_bias: true }).model).toMatchObject({
      attentionBias: 'all',
      mlpBias: true,
    });
  });

  it('Qwen2 keeps its unused sliding_window off unless use_sliding_window is true', () => {
    expect(map(QWEN).model.slidingWindow).toBeNull();
    const windowed = map({
      ...QWEN,
      use_sliding_window: true,
      sliding_window: 4096,
      max_window_layers: 21,
    }).model;
    expect(windowed).toMatchObject({ slidingWindow: 4096, fullAttentionLayers: 21 });
    expect(
      map({ ...QWEN, use_sliding_window: true, sliding_window: 4096, max_window_layers: 28 }).model
        .slidingWindow,
    ).toBeNull();
  });

  it('layer_types, when written, decide which layers use the window', () => {
    const layerTypes = Array.from({ length: 42 }, (_, i) =>
      i % 3 === 0 ? 'full_attention' : 'sliding_attention',
    );
    expect(map({ ...GEMMA2, layer_types: layerTypes }).model).toMatchObject({
      slidingWindow: 4096,
      fullAttentionLayers: 14,
    });
    expect(
      map({ ...QWEN, layer_types: Array(28).fill('full_attention') }).model.slidingWindow,
    ).toBeNull();
  });

  it('Qwen-MoE: decoder_sparse_step and mlp_only_layers leave dense layers, and say so when they are not the first', () => {
    const qwenMoe = JSON.parse(fixtureText('Qwen_Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4')) as Record<
      string,
      unknown
    >;
    const everyOther = map({ ...qwenMoe, decoder_sparse_step: 2 });
    expect(everyOther.model.denseLayers).toBe(12);
    expect(everyOther.notes.join(' ')).toMatch(/12 of the 24 layers have a dense MLP/);
    const firstTwo = map({ ...qwenMoe, mlp_only_layers: [0, 1] });
    expect(firstTwo.model.denseLayers).toBe(2);
    expect(firstTwo.notes).toEqual([]);
  });

  it('Qwen-MoE without a shared expert has no gate', () => {
    const qwenMoe = JSON.parse(fixtureText('Qwen_Qwen1.5-MoE-A2.7B-Chat-GPTQ-Int4')) as Record<
      string,
      unknown
    >;
    expect(map({ ...qwenMoe, shared_expert_intermediate_size: 0 }).model).toMatchObject({
      sharedExperts: 0,
      sharedExpertGate: false,
    });
  });

  it('a mixture of experts without num_experts_per_tok assumes the family default', () => {
    const mixtral = JSON.parse(fixtureText('mistralai_Mixtral-8x7B-v0.1')) as Record<
      string,
      unknown
    >;
    const imported = map(without(mixtral, 'num_experts_per_tok'));
    expect(imported.model.expertsPerToken).toBe(2);
    expect(imported.assumptions.map((a) => a.field)).toEqual(['expertsPerToken']);
  });

  it('OPT without elementwise-affine norms has no norm weights', () => {
    const opt = JSON.parse(fixtureText('facebook_opt-1.3b')) as Record<string, unknown>;
    expect(map({ ...opt, layer_norm_elementwise_affine: false }).model).toMatchObject({
      normsPerLayer: 0,
      finalNorm: false,
    });
    expect(map({ ...opt, enable_bias: false }).model).toMatchObject({
      attentionBias: 'none',
      mlpBias: false,
    });
  });

  it('reads a multimodal config by its text_config and says the encoder is not counted', () => {
    const llava = {
      model_type: 'llava',
      torch_dtype: 'float16',
      vision_config: { model_type: 'clip_vision_model', hidden_size: 1024 },
      text_config: JSON.parse(fixtureText('mistralai_Mistral-7B-v0.1')) as object,
    };
    const imported = map(llava);
    expect(imported.family).toBe('Mistral');
    expect(imported.model.layers).toBe(32);
    expect(imported.notes.join(' ')).toMatch(/vision or audio encoder is not counted/);
  });
});

describe('configs that cannot be sized', () => {
  it.each([
    [
      'an encoder-decoder',
      {
        model_type: 't5',
        is_encoder_decoder: true,
        d_model: 512,
        num_layers: 6,
        num_heads: 8,
        vocab_size: 32128,
      },
      /encoder-decoder/,
    ],
    [
      'BERT',
      {
        model_type: 'bert',
        hidden_size: 768,
        num_hidden_layers: 12,
        num_attention_heads: 12,
        vocab_size: 30522,
      },
      /encoder/,
    ],
    [
      'an MLA config under another name',
      { ...LLAMA, model_type: 'custom', kv_lora_rank: 512 },
      /kv_lora_rank/,
    ],
    [
      'Mamba',
      { model_type: 'mamba', hidden_size: 768, num_hidden_layers: 24, vocab_size: 50280 },
      /state-space or recurrent/,
    ],
    [
      'hybrid linear attention',
      { ...LLAMA, layer_types: ['linear_attention', 'full_attention'] },
      /"linear_attention" layers/,
    ],
  ])('%s is an unsupported architecture', (_name, json, message) => {
    const error = failure(json);
    expect(error.kind).toBe('unsupported-architecture');
    expect(error.message).toMatch(message);
  });

  it('names every core number a non-config lacks', () => {
    const error = failure({ model_type: 'llama', hidden_size: 64 });
    expect(error.kind).toBe('not-a-transformer-config');
    expect(error.message).toMatch(
      /no layer count \(num_hidden_layers .*\), attention head count .*, vocabulary size \(vocab_size\)/,
    );
  });

  it.each([
    [
      'key/value heads that do not divide the heads',
      { num_key_value_heads: 3 },
      'num_key_value_heads',
      /must divide the attention heads/,
    ],
    [
      'more key/value heads than heads',
      { num_key_value_heads: 64 },
      'num_key_value_heads',
      /cannot exceed/,
    ],
    [
      'heads that do not divide the hidden size',
      { num_attention_heads: 30 },
      'hidden_size',
      /not divisible by num_attention_heads \(30\)/,
    ],
  ])('%s are impossible numbers named as the file names them', (_name, patch, field, message) => {
    const error = failure({ ...LLAMA, ...patch });
    expect(error.detail).toMatchObject({
      kind: 'impossible-numbers',
      issues: [{ field, message: expect.stringMatching(message) }],
    });
  });

  it('more experts per token than experts is impossible', () => {
    const mixtral = JSON.parse(fixtureText('mistralai_Mixtral-8x7B-v0.1')) as Record<
      string,
      unknown
    >;
    expect(failure({ ...mixtral, num_experts_per_tok: 9 }).detail).toMatchObject({
      issues: [{ field: 'num_experts_per_tok' }],
    });
  });

  it('a heads count that does not divide the hidden size is fine when head_dim is given', () => {
    expect(
      map({ ...LLAMA, num_attention_heads: 24, num_key_value_heads: 8, head_dim: 128 }).model
        .headDim,
    ).toBe(128);
  });

  it('empty text and non-JSON are not JSON', () => {
    expect(() => importConfigText('   ', 'x')).toThrow(/not valid JSON: the file is empty/);
    expect(() => importConfigText('{"a": ', 'x')).toThrow(HubError);
  });
});

describe('dtype and quantization for the UI', () => {
  it.each([
    [
      { quant_method: 'bitsandbytes', load_in_4bit: true },
      // transformers' BitsAndBytesConfig defaults to fp4 without double quantization.
      { method: 'bitsandbytes', bits: 4, format: 'bnb-fp4' },
      'bnb-fp4',
    ],
    [{ load_in_8bit: true }, { method: 'bitsandbytes', bits: 8, format: 'int8' }, 'int8'],
    [{ quant_method: 'awq', bits: 4 }, { method: 'awq', bits: 4, format: 'awq-int4' }, 'awq-int4'],
    [{ quant_method: 'gptq', bits: 8 }, { method: 'gptq', bits: 8, format: null }, 'int8'],
    [{ quant_method: 'gptq', bits: 3 }, { method: 'gptq', bits: 3, format: null }, 'int4'],
    [{ quant_method: 'fp8', fmt: 'e4m3' }, { method: 'fp8', bits: 8, format: 'fp8' }, 'fp8'],
    [{ quant_method: 'mxfp4' }, { method: 'mxfp4', bits: 4, format: 'mxfp4' }, 'mxfp4'],
  ])('%j → %j, suggests %s', (quantization_config, quantization, dtype) => {
    const imported = map({ ...LLAMA, quantization_config });
    expect(imported.quantization).toEqual(quantization);
    expect(suggestDtype(imported)).toBe(dtype);
  });

  it.each([
    ['bfloat16', 'bf16'],
    ['float16', 'fp16'],
    ['float32', 'fp32'],
    ['torch.float16', 'fp16'],
    ['float64', null],
  ])('torch_dtype %s suggests %s', (torchDtype, dtype) => {
    expect(suggestDtype({ torchDtype, quantization: null })).toBe(dtype);
  });

  it('reads the newer "dtype" key when torch_dtype is absent', () => {
    expect(map({ ...without(LLAMA, 'torch_dtype'), dtype: 'float16' }).torchDtype).toBe('float16');
    expect(map(without(LLAMA, 'torch_dtype')).torchDtype).toBeNull();
  });
});
