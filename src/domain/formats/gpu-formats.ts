import type { LinearLayout, WeightFormat } from './format-types';
import { linearBytes } from './linear-layouts';

/** The float and GPU checkpoint formats; the first six are the ids links have always carried. */
export const GPU_FORMAT_IDS = [
  'fp32',
  'bf16',
  'fp16',
  'fp8',
  'int8',
  'int4',
  'fp8-block',
  'gptq-int4',
  'awq-int4',
  'bnb-nf4',
  'bnb-nf4-dq',
  'bnb-fp4',
  'bnb-fp4-dq',
  'mxfp4',
  'nvfp4',
] as const;
export type GpuFormatId = (typeof GPU_FORMAT_IDS)[number];

/** The shape the catalogue quotes a shape-dependent layout's bits at. */
const REFERENCE_WIDTH = 4096;
const referenceBits = (layout: LinearLayout): number =>
  (linearBytes(layout, REFERENCE_WIDTH, REFERENCE_WIDTH) * 8) / REFERENCE_WIDTH ** 2;

const BLOCK_LINEARS =
  'the linears inside the blocks; embeddings, head, norms, biases, routers and any vision tower in 16-bit';

function float(id: GpuFormatId, bytes: number, compute: 'fp32' | 'bf16' | 'fp16'): WeightFormat {
  return {
    id,
    label: id,
    family: 'float',
    scheme: { kind: 'float', bytes },
    bitsPerWeight: bytes * 8,
    elementBits: bytes * 8,
    compute,
    kvCache: compute,
    trainable: true,
    keeps: `every tensor in ${id}`,
    source: 'IEEE 754 binary32 and binary16; bfloat16 (Google Brain)',
  };
}

type Quantized = Pick<WeightFormat, 'label' | 'family' | 'elementBits' | 'source'> & {
  layout: LinearLayout;
  compute?: 'bf16' | 'fp16';
  expertsOnly?: boolean;
  keeps?: string;
};

function quantized(id: GpuFormatId, q: Quantized): WeightFormat {
  const compute = q.compute ?? 'bf16';
  return {
    id,
    label: q.label,
    family: q.family,
    scheme: { kind: 'linear', layout: q.layout, expertsOnly: q.expertsOnly ?? false },
    bitsPerWeight: referenceBits(q.layout),
    elementBits: q.elementBits,
    compute,
    kvCache: compute,
    trainable: false,
    keeps: q.keeps ?? BLOCK_LINEARS,
    source: q.source,
  };
}

const BNB = 'bitsandbytes functional.py quantize_4bit (blocksize 64, fp32 absmax)';

export const GPU_FORMATS: Readonly<Record<GpuFormatId, WeightFormat>> = {
  fp32: float('fp32', 4, 'fp32'),
  bf16: float('bf16', 2, 'bf16'),
  fp16: float('fp16', 2, 'fp16'),
  fp8: quantized('fp8', {
    label: 'fp8 (per-tensor scale)',
    family: 'fp8',
    layout: 'fp8-tensor',
    elementBits: 8,
    source:
      'vLLM fp8 docs: "all Linear modules (except for the final lm_head) … with a per-tensor scale"',
  }),
  int8: quantized('int8', {
    label: 'int8 (LLM.int8)',
    family: 'integer',
    layout: 'llm-int8',
    elementBits: 8,
    compute: 'fp16',
    source: 'bitsandbytes int8_vectorwise_quant: int8 weights, one fp32 scale per row',
  }),
  int4: quantized('int4', {
    label: 'int4 (group 128)',
    family: 'integer',
    layout: 'int4-group',
    elementBits: 4,
    source: 'group-wise int4 with one 16-bit scale per 128 (compressed-tensors pack-quantized)',
  }),
  'fp8-block': quantized('fp8-block', {
    label: 'FP8, 128×128 block scales',
    family: 'fp8',
    layout: 'fp8-block',
    elementBits: 8,
    source: 'DeepSeek-V3 README_WEIGHTS.md: fp32 weight_scale_inv per 128×128 block',
  }),
  'gptq-int4': quantized('gptq-int4', {
    label: 'GPTQ int4 (g128)',
    family: 'integer',
    layout: 'gptq',
    elementBits: 4,
    compute: 'fp16',
    source: 'GPTQModel qlinear: qweight, qzeros, fp16 scales per group, int32 g_idx',
  }),
  'awq-int4': quantized('awq-int4', {
    label: 'AWQ int4 (g128)',
    family: 'integer',
    layout: 'awq',
    elementBits: 4,
    compute: 'fp16',
    source: 'AutoAWQ gemm.py: qweight, qzeros, fp16 scales per group',
  }),
  'bnb-nf4': quantized('bnb-nf4', {
    label: 'bitsandbytes NF4',
    family: 'bitsandbytes',
    layout: 'bnb-4bit',
    elementBits: 4,
    source: `${BNB}; transformers: bnb_4bit_use_double_quant defaults to False`,
  }),
  'bnb-nf4-dq': quantized('bnb-nf4-dq', {
    label: 'bitsandbytes NF4, double quant',
    family: 'bitsandbytes',
    layout: 'bnb-4bit-dq',
    elementBits: 4,
    source: `${BNB}, absmax in 8 bits per 256 (QLoRA §3)`,
  }),
  'bnb-fp4': quantized('bnb-fp4', {
    label: 'bitsandbytes FP4',
    family: 'bitsandbytes',
    layout: 'bnb-4bit',
    elementBits: 4,
    source: BNB,
  }),
  'bnb-fp4-dq': quantized('bnb-fp4-dq', {
    label: 'bitsandbytes FP4, double quant',
    family: 'bitsandbytes',
    layout: 'bnb-4bit-dq',
    elementBits: 4,
    source: `${BNB}, absmax in 8 bits per 256`,
  }),
  mxfp4: quantized('mxfp4', {
    label: 'MXFP4',
    family: 'fp4',
    layout: 'mxfp4',
    elementBits: 4,
    expertsOnly: true,
    keeps:
      'the routed experts of a mixture of experts in MXFP4 and every other tensor in bf16, as gpt-oss ships; a dense model quantizes its block linears',
    source: 'OCP Microscaling v1.0 (32 E2M1 + one E8M0 scale); gpt-oss config.json',
  }),
  nvfp4: quantized('nvfp4', {
    label: 'NVFP4',
    family: 'fp4',
    layout: 'nvfp4',
    elementBits: 4,
    source: 'NVIDIA ModelOpt: E2M1, an E4M3 scale per 16, fp32 per-tensor scale',
  }),
};
