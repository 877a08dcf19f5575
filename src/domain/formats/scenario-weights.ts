import type { WeightAccounting } from '../dtypes';
import type { ModelSpec } from '../model';
import { weightFormat, type FormatId } from './catalogue';
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
