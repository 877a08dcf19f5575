import type { WeightAccounting } from '../dtypes';
import type { ModelSpec } from '../model';
import { FORMATS_BY_BITS, weightFormat, type FormatId } from './catalogue';
import type { ComputeDtype } from './format-types';
import { formatWeightBytes, type FormatWeightBytes } from './weight-bytes';

/** Bytes per element of a compute precision: fp32 4, bf16 and fp16 2. */
export const COMPUTE_BYTES: Readonly<Record<ComputeDtype, number>> = { fp32: 4, bf16: 2, fp16: 2 };

/** The bitsandbytes 4-bit formats QLoRA can keep its frozen base in. */
export const QLORA_FORMATS: readonly FormatId[] = [
  'bnb-nf4',
  'bnb-nf4-dq',
  'bnb-fp4',
  'bnb-fp4-dq',
];

/**
 * QLoRA's frozen base: the chosen bitsandbytes 4-bit format, else NF4 with double quantization,
 * the QLoRA paper's recipe (Dettmers et al. 2023 §3; scripts/finetune_guanaco_65b.sh --double_quant).
 */
export const qloraBaseFormat = (dtype: FormatId): FormatId =>
  QLORA_FORMATS.includes(dtype) ? dtype : 'bnb-nf4-dq';

// Scenarios of one model are estimated many times over (dtype rows, GPU rows, solver sweeps).
const stored = new WeakMap<ModelSpec, Map<FormatId, FormatWeightBytes>>();

/** formatWeightBytes with the config's defaults, made once per model object and format. */
export function modelWeightBytes(model: ModelSpec, formatId: FormatId): FormatWeightBytes {
  let byFormat = stored.get(model);
  if (!byFormat) stored.set(model, (byFormat = new Map()));
  let bytes = byFormat.get(formatId);
  if (!bytes) byFormat.set(formatId, (bytes = formatWeightBytes(model, formatId)));
  return bytes;
}

/**
 * Weight bytes of a model in a format (docs/method.md §2): naive is the seed's Ψ × element bits / 8
 * (fp32 4, bf16 2, fp8 and int8 1, 4-bit formats 0.5 bytes); realistic is the catalogue's count,
 * tensor by tensor, scales and 16-bit parts included.
 */
export function scenarioWeightBytes(
  model: ModelSpec,
  params: number,
  formatId: FormatId,
  accounting: WeightAccounting,
): number {
  if (accounting === 'naive') return (params * weightFormat(formatId).elementBits) / 8;
  return modelWeightBytes(model, formatId).total;
}

/** Bits per weight over the whole model in a format: its weight bytes × 8 / parameters. Unit: bits. */
export function modelBitsPerWeight(model: ModelSpec, formatId: FormatId): number {
  const bytes = modelWeightBytes(model, formatId);
  return (bytes.total * 8) / bytes.params;
}

const orders = new WeakMap<ModelSpec, readonly FormatId[]>();

/**
 * Every format from the most weight bytes for this model to the fewest, ties in the catalogue's
 * order: the precision slider's stops, so each step towards fewer bits holds fewer bytes. GGUF
 * mixes and 16-bit embeddings move a format by model (Q3_K_L keeps some Q5_K tensors, MXFP4 a
 * 16-bit embedding), so the order is the model's, not one fixed list.
 */
export function formatsByModelBytes(model: ModelSpec): readonly FormatId[] {
  let order = orders.get(model);
  if (!order) {
    const total = (id: FormatId) => modelWeightBytes(model, id).total;
    order = [...FORMATS_BY_BITS].sort((a, b) => total(b) - total(a));
    orders.set(model, order);
  }
  return order;
}
