import { describe, expect, it } from 'vitest';
import { defineModel, type ModelSpec } from '../model';
import { countParameters } from '../parameters';
import type { FormatId } from './catalogue';
import { deepSeekV3, gptOss, preset } from '../../test/format-models';
import { formatBitsPerWeight, formatWeightBytes, type FormatOptions } from './weight-bytes';

const GiB = 2 ** 30;
const GB = 1e9;
const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

/** Llama-3.2-3B and -1B (meta-llama config.json): tied embeddings, head_dim 128 and 64. */
const llama32_3b = defineModel({
  name: 'Llama-3.2-3B',
  layers: 28,
  hidden: 3072,
  heads: 24,
  kvHeads: 8,
  intermediate: 8192,
  vocab: 128256,
  tiedEmbeddings: true,
});
const llama32_1b = defineModel({
  name: 'Llama-3.2-1B',
  layers: 16,
  hidden: 2048,
  heads: 32,
  kvHeads: 8,
  intermediate: 8192,
  vocab: 128256,
  tiedEmbeddings: true,
});
/** Mistral-7B-v0.3 (mistralai config.json): v0.1 with a 32768-token vocabulary. */
const mistral03 = defineModel({
  name: 'Mistral-7B-v0.3',
  layers: 32,
  hidden: 4096,
  heads: 32,
  kvHeads: 8,
  intermediate: 14336,
  vocab: 32768,
});

describe('GGUF: llama.cpp load logs ("file size = … GiB (… BPW)" and the tensor counts per type)', () => {
  // llama-model-loader.cpp prints tensor bytes: `n_bytes/1024.0/1024.0/1024.0, n_bytes*8.0/n_elements`.
  it.each<{
    model: ModelSpec;
    format: FormatId;
    gib: string;
    bpw: string;
    counts: Record<string, number>;
    source: string;
  }>([
    {
      model: preset('llama-3.1-8b'),
      format: 'gguf-q4_k_m',
      gib: '4.58',
      bpw: '4.89',
      // The log's 66 f32 tensors include rope_freqs, a 1-D table of Llama 3.1's rope scaling (64 floats), not a weight.
      counts: { Q4_K: 193, Q6_K: 33, F32: 65 },
      source:
        'ollama log, Meta Llama 3.1 8B Instruct: "type  f32:   66 tensors", "type q4_K:  193 tensors", "type q6_K:   33 tensors", "file size   = 4.58 GiB (4.89 BPW)"',
    },
    {
      model: preset('llama-3.1-70b'),
      format: 'gguf-q4_0',
      gib: '37.22',
      bpw: '4.53',
      counts: { Q4_0: 561, Q6_K: 1, F32: 161 },
      source:
        'llama.cpp RPC learning path (llama3.1 70B): "type  f32:  162 tensors", "type q4_0:  561 tensors", "type q6_K:    1 tensors", "file size   = 37.22 GiB (4.53 BPW)"',
    },
    {
      model: preset('llama-2-7b'),
      format: 'gguf-q4_0',
      gib: '3.56',
      bpw: '4.54',
      counts: { Q4_0: 225, Q6_K: 1, F32: 65 },
      source:
        'llama.cpp log: "model ftype      = Q4_0", "model size       = 3.56 GiB (4.54 BPW)", "type  f32:   65 tensors", "type q4_0:  225 tensors", "type q6_K:    1 tensors"',
    },
    {
      model: preset('llama-2-7b'),
      format: 'gguf-q4_k_m',
      gib: '3.80',
      bpw: '4.84',
      counts: { Q4_K: 193, Q6_K: 33, F32: 65 },
      source:
        'llama.cpp log: "model ftype      = Q4_K - Medium", "model size       = 3.80 GiB (4.84 BPW)"',
    },
    {
      // Llama-3-8B has Llama-3.1-8B's sizes (config.json: 32 layers, 4096, 14336, 8 KV heads, vocab 128256).
      model: preset('llama-3.1-8b'),
      format: 'gguf-q8_0',
      gib: '7.95',
      bpw: '8.50',
      counts: { Q8_0: 226, F32: 65 },
      source:
        'llama.cpp log, Llama-3-8B-Instruct: "model ftype      = Q8_0", "model size       = 7.95 GiB (8.50 BPW)", "type q8_0:  226 tensors"',
    },
  ])('$format $model.name: $gib GiB, $bpw BPW ($source)', ({ model, format, gib, bpw, counts }) => {
    const bytes = formatWeightBytes(model, format);
    expect((bytes.total / GiB).toFixed(2)).toBe(gib);
    expect(formatBitsPerWeight(model, format).toFixed(2)).toBe(bpw);
    for (const [type, tensors] of Object.entries(counts))
      expect(bytes.byStorage[type]?.tensors).toBe(tensors);
    expect(relativeError(bytes.total, Number(gib) * GiB)).toBeLessThan(0.01);
  });
});

describe('GGUF: real file sizes (tensor bytes; the file adds 0.1–8 MB of tokenizer metadata)', () => {
  it.each<{ model: ModelSpec; format: FormatId; bytes: number; source: string }>([
    {
      model: preset('llama-3.1-8b'),
      format: 'gguf-q4_k_m',
      bytes: 4920739200,
      source:
        'unsloth/Llama-3.1-8B-Instruct-GGUF Llama-3.1-8B-Instruct-Q4_K_M.gguf: "size": 4920739200',
    },
    {
      model: llama32_3b,
      format: 'gguf-q4_k_m',
      bytes: 2019393189,
      source: 'ollama /api/tags: "name": "llama3.2:latest", "size": 2019393189',
    },
    {
      model: llama32_1b,
      format: 'gguf-q8_0',
      bytes: 1321098329,
      source: 'ollama /api/tags: "name": "llama3.2:1b", "size": 1321098329',
    },
    {
      model: mistral03,
      format: 'gguf-q4_k_m',
      bytes: 4372824384,
      source: 'ollama /api/tags: "name": "mistral:latest", "size": 4372824384',
    },
  ])('$format $model.name: $bytes bytes ($source)', ({ model, format, bytes }) => {
    expect(relativeError(formatWeightBytes(model, format).total, bytes)).toBeLessThan(0.01);
  });

  // bartowski/Impish_Mind_8B-GGUF README (a Llama-3.1-8B fine-tune, imatrix quants), e.g.
  // "| [Impish_Mind_8B-Q4_K_M.gguf](…) | Q4_K_M | 4.92GB | false | Good quality, default size for most use cases, *recommended*. |"
  it.each<[FormatId, number]>([
    ['gguf-q8_0', 8.54],
    ['gguf-q6_k', 6.6],
    ['gguf-q5_k_m', 5.73],
    ['gguf-q5_k_s', 5.6],
    ['gguf-q4_k_m', 4.92],
    ['gguf-q4_k_s', 4.69],
    ['gguf-q4_0', 4.68],
    ['gguf-iq4_nl', 4.68],
    ['gguf-iq4_xs', 4.45],
    ['gguf-q3_k_l', 4.32],
    ['gguf-q3_k_m', 4.02],
    ['gguf-q3_k_s', 3.66],
    ['gguf-q2_k', 3.18],
  ])('bartowski Llama-3.1-8B %s: %s GB', (format, gb) => {
    expect(
      relativeError(
        formatWeightBytes(preset('llama-3.1-8b'), format, { imatrix: true }).total,
        gb * GB,
      ),
    ).toBeLessThan(0.01);
  });
});

describe('GPTQ and AWQ: TheBloke "Provided files" tables (GB = 10⁹ bytes)', () => {
  it.each<{
    model: ModelSpec;
    format: FormatId;
    options?: FormatOptions;
    gb: number;
    source: string;
  }>([
    {
      model: preset('llama-2-7b'),
      format: 'gptq-int4',
      gb: 3.9,
      source:
        'TheBloke/Llama-2-7b-Chat-GPTQ: "| [main](…) | 4 | 128 | No | 0.01 | [wikitext](…) | 4096 | 3.90 GB |"',
    },
    {
      model: preset('llama-2-7b'),
      format: 'gptq-int4',
      options: { groupSize: 64 },
      gb: 4.02,
      source: 'TheBloke/Llama-2-7B-32K-Instruct-GPTQ: "gptq-4bit-64g-actorder_True … | 4.02 GB |"',
    },
    {
      model: preset('llama-2-7b'),
      format: 'gptq-int4',
      options: { groupSize: 32 },
      gb: 4.28,
      source: 'TheBloke/Llama-2-7b-Chat-GPTQ: "gptq-4bit-32g-actorder_True … | 4.28 GB |"',
    },
    {
      // LLaMA-13B has Llama-2-13B's sizes (40 layers, 5120, 13824, vocab 32000).
      model: preset('llama-2-13b'),
      format: 'gptq-int4',
      gb: 7.26,
      source: 'TheBloke/wizard-vicuna-13B-GPTQ main: "| 7.26 GB |"',
    },
    {
      model: preset('mistral-7b'),
      format: 'awq-int4',
      gb: 4.15,
      source: 'TheBloke/Mistral-7B-v0.1-AWQ: "| 4 | 128 | [wikitext](…) | 4096 | 4.15 GB"',
    },
    {
      model: preset('llama-2-13b'),
      format: 'awq-int4',
      gb: 7.25,
      source: 'TheBloke/LLaMA2-13B-Tiefighter-AWQ: "| 7.25 GB"',
    },
    {
      model: preset('llama-2-70b'),
      format: 'awq-int4',
      gb: 36.61,
      source: 'TheBloke/Upstage-Llama-2-70B-instruct-v2-AWQ: "| 36.61 GB"',
    },
  ])('$format $model.name $options: $gb GB ($source)', ({ model, format, options, gb }) => {
    expect(relativeError(formatWeightBytes(model, format, options).total, gb * GB)).toBeLessThan(
      0.01,
    );
  });
});

describe('MXFP4 and FP8 block checkpoints, to the byte', () => {
  it('gpt-oss-20b: MXFP4 experts, the rest bf16 = 13,761,264,768 bytes (model.safetensors.index.json: {"metadata": {"total_size": 13761264768}})', () => {
    const model = gptOss(24, 32);
    expect(countParameters(model).total).toBe(20_914_757_184);
    expect(formatWeightBytes(model, 'mxfp4').total).toBe(13_761_264_768);
  });

  it('gpt-oss-120b: 65,248,815,744 bytes (openai/gpt-oss-120b test: self.assertEqual(weights["tensor_bytes"], 65248815744)); "Checkpoint Size 60.8GiB"', () => {
    const bytes = formatWeightBytes(gptOss(36, 128), 'mxfp4').total;
    expect(bytes).toBe(65_248_815_744);
    expect((bytes / GiB).toFixed(1)).toBe('60.8');
  });

  it('DeepSeek-V3: FP8 e4m3 weights with fp32 block scales, embeddings, head, norms and routers bf16 (HF API: {"BF16":3918786560,"F8_E4M3":680571043840,"F32":41555600} = 688,574,839,360 bytes)', () => {
    const model = deepSeekV3();
    const bytes = formatWeightBytes(model, 'fp8-block', { includeMtp: true });
    expect(bytes.byStorage['fp8-block']?.params).toBe(680_571_043_840);
    // README_WEIGHTS.md: the MTP layer's "embed_tokens" and "shared_head.head" share the model's, but the checkpoint stores copies.
    const mtpCopies = 2 * model.vocab * model.hidden * 2;
    const checkpoint = 2 * 3_918_786_560 + 680_571_043_840 + 4 * 41_555_600;
    // The 59 × 256 e_score_correction_bias values are F32 in the file and counted here at 16 bits: 30,208 bytes.
    expect(checkpoint - (bytes.total + mtpCopies)).toBe(59 * 256 * 2);
    expect(relativeError(bytes.total + mtpCopies, checkpoint)).toBeLessThan(0.01);
  });
});
