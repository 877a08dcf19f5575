import { describe, expect, it } from 'vitest';
import { blockBitsPerWeight, GGML_TYPES, ggmlTensorBytes, type GgmlType } from './ggml-blocks';
import {
  awqTensorBytes,
  bnb4bitTensorBytes,
  fp8BlockTensorBytes,
  fp8TensorBytes,
  gptqTensorBytes,
  groupInt4TensorBytes,
  llmInt8TensorBytes,
  mxfp4TensorBytes,
  nvfp4TensorBytes,
} from './linear-layouts';
import { KV_FORMATS, kvFormatBytes } from './kv-formats';

// ggml-common.h (ggml-org/ggml d99724f; llama.cpp ggml/src/ggml-common.h):
// `typedef uint16_t ggml_half;` `#define QK_K 256` `#define K_SCALE_SIZE 12`
const half = 2;
const QK_K = 256;

describe('GGUF block layouts: bits per weight = bytes per block × 8 / weights per block', () => {
  it.each<{ type: GgmlType; bytes: number; weights: number; bpw: number; quote: string }>([
    {
      type: 'Q4_0',
      bytes: half + 32 / 2,
      weights: 32,
      bpw: 4.5,
      quote: 'static_assert(sizeof(block_q4_0) == sizeof(ggml_half) + QK4_0 / 2',
    },
    {
      type: 'Q4_1',
      bytes: 2 * half + 32 / 2,
      weights: 32,
      bpw: 5,
      quote: 'static_assert(sizeof(block_q4_1) == 2 * sizeof(ggml_half) + QK4_1 / 2',
    },
    {
      type: 'Q5_0',
      bytes: half + 4 + 32 / 2,
      weights: 32,
      bpw: 5.5,
      quote: 'sizeof(block_q5_0) == sizeof(ggml_half) + sizeof(uint32_t) + QK5_0 / 2',
    },
    {
      type: 'Q5_1',
      bytes: 2 * half + 4 + 32 / 2,
      weights: 32,
      bpw: 6,
      quote: 'sizeof(block_q5_1) == 2 * sizeof(ggml_half) + sizeof(uint32_t) + QK5_1 / 2',
    },
    {
      type: 'Q8_0',
      bytes: half + 32,
      weights: 32,
      bpw: 8.5,
      quote: 'ggml_half d; // delta / int8_t  qs[QK8_0]; // quants',
    },
    {
      type: 'Q2_K',
      bytes: 2 * half + QK_K / 16 + QK_K / 4,
      weights: QK_K,
      bpw: 2.625,
      quote: '// Effectively 2.625 bits per weight',
    },
    {
      type: 'Q3_K',
      bytes: half + QK_K / 4 + QK_K / 8 + 12,
      weights: QK_K,
      bpw: 3.4375,
      quote: '// Effectively 3.4375 bits per weight',
    },
    {
      type: 'Q4_K',
      bytes: 2 * half + 12 + QK_K / 2,
      weights: QK_K,
      bpw: 4.5,
      quote: '// Effectively 4.5 bits per weight',
    },
    {
      type: 'Q5_K',
      bytes: 2 * half + 12 + QK_K / 2 + QK_K / 8,
      weights: QK_K,
      bpw: 5.5,
      quote: '// Effectively 5.5 bits per weight',
    },
    {
      type: 'Q6_K',
      bytes: half + QK_K / 16 + (3 * QK_K) / 4,
      weights: QK_K,
      bpw: 6.5625,
      quote: '// Effectively 6.5625 bits per weight',
    },
    {
      type: 'IQ4_NL',
      bytes: half + 32 / 2,
      weights: 32,
      bpw: 4.5,
      quote: 'sizeof(block_iq4_nl) == sizeof(ggml_half) + QK4_NL/2',
    },
    {
      type: 'IQ4_XS',
      bytes: half + 2 + QK_K / 64 + QK_K / 2,
      weights: QK_K,
      bpw: 4.25,
      quote: 'sizeof(block_iq4_xs) == sizeof(ggml_half) + sizeof(uint16_t) + QK_K/64 + QK_K/2',
    },
    {
      type: 'MXFP4',
      bytes: 1 + 32 / 2,
      weights: 32,
      bpw: 4.25,
      quote: 'uint8_t e; // E8M0 / uint8_t qs[QK_MXFP4/2];',
    },
    {
      type: 'F32',
      bytes: 4,
      weights: 1,
      bpw: 32,
      quote: 'ggml.c: .blck_size = 1, .type_size = sizeof(float)',
    },
    {
      type: 'F16',
      bytes: 2,
      weights: 1,
      bpw: 16,
      quote: 'ggml.c: .blck_size = 1, .type_size = sizeof(ggml_fp16_t)',
    },
  ])(
    '$type: $bytes bytes per $weights weights = $bpw bpw ($quote)',
    ({ type, bytes, weights, bpw }) => {
      expect(GGML_TYPES[type]).toEqual({ weights, bytes });
      expect((bytes * 8) / weights).toBe(bpw);
      expect(blockBitsPerWeight(GGML_TYPES[type])).toBe(bpw);
    },
  );

  it('a tensor is rows × row length / weights per block × bytes per block (ggml.c ggml_row_size)', () => {
    // `return ggml_type_size(type)*ne/ggml_blck_size(type);`, per row of 4096, 1024 rows.
    expect(ggmlTensorBytes('Q4_K', 4096, 1024)).toBe(1024 * (4096 / 256) * 144);
  });
});

/** Bits per weight of a layout, from its bytes for one in × out matrix. */
const bits = (bytes: number, inputs: number, outputs: number) => (bytes * 8) / (inputs * outputs);

describe('GPU checkpoint layouts, from the buffers each library registers', () => {
  const [i, o] = [4096, 4096];

  it('GPTQ 4-bit g128: qweight int32 (in·4/32, out), qzeros (in/128, out·4/32), fp16 scales (in/128, out), int32 g_idx (in) (GPTQModel qlinear/__init__.py register_buffer)', () => {
    const bytes =
      ((i * 4) / 32) * o * 4 + (i / 128) * ((o * 4) / 32) * 4 + (i / 128) * o * 2 + i * 4;
    expect(gptqTensorBytes(i, o, 4, 128)).toBe(bytes);
    // b + b/g + 16/g + 32/out = 4 + 0.03125 + 0.125 + 0.0078125
    expect(bits(bytes, i, o)).toBe(4 + 4 / 128 + 16 / 128 + 32 / o);
  });

  it('AWQ 4-bit g128 GEMM: qweight int32 (in, out // 8), qzeros (in // 128, out // 8), fp16 scales (in // 128, out), no g_idx (AutoAWQ gemm.py)', () => {
    const bytes = i * (o / 8) * 4 + (i / 128) * (o / 8) * 4 + (i / 128) * o * 2;
    expect(awqTensorBytes(i, o, 4, 128)).toBe(bytes);
    expect(bits(bytes, i, o)).toBe(4.15625);
  });

  it('generic int4: 4 bits and one 16-bit scale per 128 weights = 4.125 bits (the seed’s realistic int4)', () => {
    expect(bits(groupInt4TensorBytes(i, o, 128), i, o)).toBe(4 + 16 / 128);
  });

  it('LLM.int8: int8 weights plus one fp32 SCB per output row: 8 + 32/in bits (bitsandbytes int8_vectorwise_quant)', () => {
    expect(llmInt8TensorBytes(i, o)).toBe(i * o + 4 * o);
    expect(bits(llmInt8TensorBytes(i, o), i, o)).toBe(8 + 32 / i);
  });

  it('bitsandbytes NF4/FP4: 4 bits and one fp32 absmax per 64 = 4.5 bits, plus the 16-entry fp32 code (functional.py quantize_4bit, blocksize = 64)', () => {
    const n = i * o;
    expect(bnb4bitTensorBytes(i, o, false)).toBe(n / 2 + (n / 64) * 4 + 16 * 4);
    expect(((n / 2 + (n / 64) * 4) * 8) / n).toBe(4.5);
  });

  it('bitsandbytes double quantization: uint8 absmax per 64 and fp32 per 256 of them, 4 + 8/64 + 32/(64·256) bits (QLoRA §3: "0.127 bits per parameter")', () => {
    const n = i * o;
    const blocks = n / 64;
    const nestedCode = 256 * 4;
    const quantMap = 16 * 4;
    expect(bnb4bitTensorBytes(i, o, true)).toBe(
      n / 2 + blocks + (blocks / 256) * 4 + nestedCode + quantMap,
    );
    expect(((n / 2 + blocks + (blocks / 256) * 4) * 8) / n).toBeCloseTo(
      4 + 8 / 64 + 32 / (64 * 256),
      12,
    );
    expect(8 / 64 + 32 / (64 * 256)).toBeCloseTo(0.127, 3);
  });

  it('FP8 per tensor: one byte a weight and fp32 weight_scale and input_scale (vLLM: "per-tensor scale")', () => {
    expect(fp8TensorBytes(i, o)).toBe(i * o + 8);
  });

  it('FP8 128×128 blocks: one fp32 weight_scale_inv per block, 8 + 32/16384 bits (DeepSeek-V3 README_WEIGHTS.md)', () => {
    expect(fp8BlockTensorBytes(i, o)).toBe(i * o + (o / 128) * (i / 128) * 4);
    expect(bits(fp8BlockTensorBytes(i, o), i, o)).toBe(8 + 32 / (128 * 128));
    // "If the weight block is not aligned to 128, it is zero-padded to 128 before calculating the scale."
    expect(fp8BlockTensorBytes(7168, 576)).toBe(7168 * 576 + 5 * 56 * 4);
  });

  it('MXFP4: 32 E2M1 values in 16 bytes and one E8M0 scale byte = 4.25 bits (OpenAI: "quantized to 4.25 bits per parameter")', () => {
    expect(bits(mxfp4TensorBytes(i, o), i, o)).toBe(((16 + 1) * 8) / 32);
    // gpt-oss-20b experts.down_proj_blocks [32, 2880, 90, 16] and _scales [32, 2880, 90]: 90 = 2880 / 32.
    expect(mxfp4TensorBytes(2880, 2880)).toBe(2880 * 90 * 16 + 2880 * 90);
  });

  it('NVFP4: 16 E2M1 values in 8 bytes and one E4M3 scale = 4.5 bits, plus fp32 weight_scale_2 and input_scale (ModelOpt)', () => {
    expect(nvfp4TensorBytes(i, o)).toBe(o * (i / 2) + o * (i / 16) + 2 * 4);
    expect(((8 + 1) * 8) / 16).toBe(4.5);
  });
});

describe('KV-cache element types', () => {
  it('llama.cpp q8_0 and q4_0 caches: 34/32 = 1.0625 and 18/32 = 0.5625 bytes an element (common/arg.cpp kv_cache_types; ggml-common.h)', () => {
    expect(KV_FORMATS.q8_0.bytesPerElement).toBe(34 / 32);
    expect(KV_FORMATS.q4_0.bytesPerElement).toBe(18 / 32);
  });

  it('llama.cpp log: "K (q8_0):  952.00 MiB" for 65536 cells × 28 layers of 4 KV heads × 128 (Qwen2.5-7B)', () => {
    expect((65536 * 28 * 4 * 128 * KV_FORMATS.q8_0.bytesPerElement) / 2 ** 20).toBe(952);
  });

  it('vLLM fp8 e4m3 and e5m2: one byte an element, per-tensor fp32 k and v scales counted per layer', () => {
    expect(KV_FORMATS['fp8-e4m3'].bytesPerElement).toBe(1);
    expect(KV_FORMATS['fp8-e5m2'].bytesPerElement).toBe(1);
    expect(KV_FORMATS['fp8-e4m3'].scaleBytesPerLayer).toBe(8);
    // AWS Neuron vLLM docs: GPT-OSS 120B, 36 layers × 8 KV heads × 64, "a single 131k-token sequence takes … ~4.83 GB in FP8".
    const elements = 2 * 36 * 8 * 64 * 131072;
    expect((kvFormatBytes('fp8-e4m3', elements, 36) / 1e9).toFixed(2)).toBe('4.83');
  });
});
