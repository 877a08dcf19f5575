import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gptOss } from '../../test/format-models';
import { formatFromQuantizationConfig } from './hub-config';
import { rolesNotConverted } from './module-roles';
import { formatWeightBytes } from './weight-bytes';

describe('formatFromQuantizationConfig: real Hub quantization_config blocks', () => {
  it.each([
    {
      source:
        'TheBloke/Llama-2-7B-Chat-GPTQ config.json (quoted in Intel Neural Compressor: "Refer to https://huggingface.co/TheBloke/Llama-2-7B-Chat-GPTQ/blob/main/config.json")',
      config: {
        bits: 4,
        group_size: 128,
        damp_percent: 0.01,
        desc_act: true,
        sym: true,
        true_sequential: true,
        model_name_or_path: null,
        model_file_base_name: 'model',
        quant_method: 'gptq',
      },
      expected: { format: 'gptq-int4', notConverted: [], groupSize: 128 },
    },
    {
      source: 'TheBloke/zephyr-7B-alpha-AWQ (transformers docs awq.md)',
      config: { quant_method: 'awq', zero_point: true, group_size: 128, bits: 4, version: 'gemm' },
      expected: { format: 'awq-int4', notConverted: [], groupSize: 128 },
    },
    {
      source: 'DeepSeek-V3 README_WEIGHTS.md',
      config: {
        activation_scheme: 'dynamic',
        fmt: 'e4m3',
        quant_method: 'fp8',
        weight_block_size: [128, 128],
      },
      expected: { format: 'fp8-block', notConverted: [], groupSize: null },
    },
    {
      source: 'openai/gpt-oss-20b and -120b config.json',
      config: {
        modules_to_not_convert: [
          'model.layers.*.self_attn',
          'model.layers.*.mlp.router',
          'model.embed_tokens',
          'lm_head',
        ],
        quant_method: 'mxfp4',
      },
      expected: {
        format: 'mxfp4',
        notConverted: [
          'model.layers.*.self_attn',
          'model.layers.*.mlp.router',
          'model.embed_tokens',
          'lm_head',
        ],
        groupSize: null,
      },
    },
    {
      source:
        'llm-compressor FP8 (compressed-tensors, "format": "float-quantized", "ignore": ["lm_head"])',
      config: {
        quant_method: 'compressed-tensors',
        format: 'float-quantized',
        config_groups: {
          group_0: {
            targets: ['Linear'],
            weights: { num_bits: 8, type: 'float', strategy: 'channel', symmetric: true },
          },
        },
        ignore: ['lm_head'],
      },
      expected: { format: 'fp8', notConverted: ['lm_head'], groupSize: null },
    },
    {
      source:
        'compressed-tensors W4A16 ("format": "pack-quantized", strategy "group", group_size 128)',
      config: {
        quant_method: 'compressed-tensors',
        format: 'pack-quantized',
        config_groups: {
          group_0: { weights: { num_bits: 4, type: 'int', strategy: 'group', group_size: 128 } },
        },
        ignore: ['lm_head'],
      },
      expected: { format: 'int4', notConverted: ['lm_head'], groupSize: 128 },
    },
    {
      source: 'compressed-tensors NVFP4 ("format": "nvfp4-pack-quantized")',
      config: { quant_method: 'compressed-tensors', format: 'nvfp4-pack-quantized', ignore: [] },
      expected: { format: 'nvfp4', notConverted: [], groupSize: null },
    },
    {
      source:
        'NVIDIA ModelOpt: {"quant_method": "modelopt", "quant_algo": "NVFP4", "group_size": 16, "exclude_modules": [...]}',
      config: {
        quant_method: 'modelopt',
        quant_algo: 'NVFP4',
        kv_cache_quant_algo: 'FP8',
        group_size: 16,
        exclude_modules: ['lm_head'],
      },
      expected: { format: 'nvfp4', notConverted: ['lm_head'], groupSize: null },
    },
    {
      source: 'hf_quant_config.json (ModelOpt) nests the fields under "quantization"',
      config: { producer: { name: 'modelopt' }, quantization: { quant_algo: 'FP8' } },
      expected: { format: 'fp8', notConverted: [], groupSize: null },
    },
  ])('$source', ({ config, expected }) => {
    expect(formatFromQuantizationConfig(config)).toEqual(expected);
    expect(formatFromQuantizationConfig({ model_type: 'x', quantization_config: config })).toEqual(
      expected,
    );
  });

  it.each([
    [
      { load_in_4bit: true, bnb_4bit_quant_type: 'nf4', bnb_4bit_use_double_quant: true },
      'bnb-nf4-dq',
    ],
    [{ load_in_4bit: true, bnb_4bit_quant_type: 'nf4' }, 'bnb-nf4'],
    // transformers quantization_config.py: `bnb_4bit_quant_type (str, optional, defaults to "fp4")`.
    [{ load_in_4bit: true }, 'bnb-fp4'],
    [{ load_in_4bit: true, bnb_4bit_use_double_quant: true }, 'bnb-fp4-dq'],
    [{ load_in_8bit: true, llm_int8_threshold: 6.0 }, 'int8'],
  ])('bitsandbytes (BitsAndBytesConfig.to_dict) %j → %s', (fields, format) => {
    expect(formatFromQuantizationConfig({ quant_method: 'bitsandbytes', ...fields })?.format).toBe(
      format,
    );
    // Older checkpoints write the flags without quant_method.
    expect(formatFromQuantizationConfig(fields)?.format).toBe(format);
  });

  it('reads llm_int8_skip_modules as modules kept in 16-bit', () => {
    const found = formatFromQuantizationConfig({
      quant_method: 'bitsandbytes',
      load_in_8bit: true,
      llm_int8_skip_modules: ['mlp.gate'],
    });
    expect(found?.notConverted).toEqual(['mlp.gate']);
  });

  it.each([
    ['a GPTQ bit width the catalogue lacks', { quant_method: 'gptq', bits: 3, group_size: 128 }],
    ['an unknown method', { quant_method: 'hqq', nbits: 4 }],
    ['no quantization', { model_type: 'llama', torch_dtype: 'bfloat16' }],
  ])('returns null for %s', (_, config) => {
    expect(formatFromQuantizationConfig(config)).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => formatFromQuantizationConfig(value)).not.toThrow();
      }),
    );
  });
});

describe('rolesNotConverted: module patterns to tensor roles', () => {
  it('gpt-oss keeps self_attn, the router, embed_tokens and lm_head in bf16: only the experts are MXFP4', () => {
    const { roles, unmatched } = rolesNotConverted([
      'model.layers.*.self_attn',
      'model.layers.*.mlp.router',
      'model.embed_tokens',
      'lm_head',
    ]);
    expect(unmatched).toEqual([]);
    expect(roles).toEqual(
      expect.arrayContaining(['attn-q', 'attn-o', 'router', 'token-embedding', 'output']),
    );
    expect(roles).not.toContain('expert-up');
    const model = gptOss(24, 32);
    expect(formatWeightBytes(model, 'mxfp4', { notConverted: roles }).total).toBe(13_761_264_768);
  });

  it.each([
    ['re:.*mlp.gate$', ['router']],
    ['mlp.shared_expert_gate', ['router']],
    ['model.layers.*.mlp.shared_expert', ['shared-gate', 'shared-up', 'shared-down']],
    ['mlp.experts.*.down_proj', ['expert-down']],
    ['down_proj', ['ffn-down', 'expert-down', 'shared-down']],
    ['re:visual.*', ['vision']],
    ['model.layers.0.self_attn.kv_b_proj', ['attn-kv-b']],
  ])('%s → %j', (pattern, roles) => {
    expect(rolesNotConverted([pattern]).roles).toEqual(roles);
  });

  it('reports patterns that name no known module', () => {
    expect(rolesNotConverted(['model.layers.3.frobnicator']).unmatched).toEqual([
      'model.layers.3.frobnicator',
    ]);
  });
});
