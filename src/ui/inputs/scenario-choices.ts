import type { WeightAccounting } from '../../domain/dtypes';
import {
  FAMILY_LABELS,
  FORMATS_BY_BITS,
  weightFormat,
  type FormatId,
} from '../../domain/formats/catalogue';
import { isKvFormatId, KV_FORMATS } from '../../domain/formats/kv-formats';
import { QLORA_FORMATS } from '../../domain/formats/scenario-weights';
import type { AttentionKind, Recompute } from '../../domain/memory/activations';
import {
  OPTIMIZER_LABELS,
  OPTIMIZERS,
  ZERO_STAGES,
  type GradientDtype,
  type Optimizer,
  type ZeroStage,
} from '../../domain/memory/model-states';
import {
  KV_DTYPES,
  type FinetuneMethod,
  type KvDtype,
  type LayoutChoice,
  type Mode,
  type Scenario,
} from '../../domain/scenario';
import { ENGINE_NAMES, type Engine } from '../../domain/serving/engines';
import { enginesTaking, engineTakesKv } from '../../domain/serving/kv-cache-types';
import { formatInteger, formatNumber } from '../../lib/format';
import type { Choice } from '../primitives/select-field';

/** Every option list of the input forms, built once at load so a re-render rebuilds nothing. */

export const MODE_CHOICES: readonly Choice<Mode>[] = [
  { value: 'training', label: 'Training' },
  { value: 'finetune', label: 'Fine-tuning' },
  { value: 'inference', label: 'Inference' },
];

export const FINETUNE_METHOD_CHOICES: readonly Choice<FinetuneMethod>[] = [
  { value: 'full', label: 'Full' },
  { value: 'lora', label: 'LoRA' },
  { value: 'qlora', label: 'QLoRA' },
];

export const OPTIMIZER_CHOICES: readonly Choice<Optimizer>[] = OPTIMIZERS.map((value) => ({
  value,
  label: OPTIMIZER_LABELS[value],
}));

export const GRADIENT_CHOICES: readonly Choice<GradientDtype>[] = [
  { value: 'same', label: 'Same as the weights' },
  { value: 'fp32', label: 'fp32' },
];

export const RECOMPUTE_CHOICES: readonly Choice<Recompute>[] = [
  { value: 'none', label: 'None: keep every activation' },
  {
    value: 'selective',
    label: 'Selective: recompute the attention core (Megatron --recompute-granularity selective)',
  },
  {
    value: 'full',
    label:
      "Full: keep only each layer's input (gradient_checkpointing=True; Megatron --recompute-granularity full)",
  },
];

export const ATTENTION_CHOICES: readonly Choice<AttentionKind>[] = [
  { value: 'fused', label: 'Fused (FlashAttention)' },
  { value: 'eager', label: 'Eager (stores the score matrix)' },
];

export const WEIGHT_ACCOUNTING_CHOICES: readonly Choice<WeightAccounting>[] = [
  { value: 'realistic', label: 'Realistic (16-bit embeddings, scales)' },
  { value: 'naive', label: 'Naive (parameters × bytes)' },
];

export const LAYOUT_CHOICES: readonly Choice<LayoutChoice>[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'manual', label: 'Manual' },
];

export const ZERO_STAGE_CHOICES: readonly Choice<ZeroStage>[] = ZERO_STAGES.map((value) => ({
  value,
  label:
    [
      '0: none (plain data parallel)',
      '1: optimizer states',
      '2: + gradients',
      '3: + weights (FSDP full shard)',
    ][value] ?? String(value),
}));

export const ADAPTER_DTYPE_CHOICES: readonly Choice<Scenario['adapterDtype']>[] = [
  { value: 'bf16', label: 'bf16' },
  { value: 'fp32', label: 'fp32' },
];

/** A KV dtype as the select names it: a catalogued format with its bytes and scales, read from the catalogue. */
function kvDtypeLabel(kv: KvDtype): string {
  if (kv === 'auto') return 'Auto (follows 16/32-bit weights, else bf16; f16 in llama.cpp)';
  if (!isKvFormatId(kv)) return kv;
  const { label, bytesPerElement, scaleBytesPerLayer } = KV_FORMATS[kv];
  const scales =
    scaleBytesPerLayer > 0 ? ` + ${formatInteger(scaleBytesPerLayer)} bytes of scales a layer` : '';
  return `${label}: ${formatNumber(bytesPerElement * 8)} bits an element${scales}`;
}

/**
 * The KV dtypes for each engine: every type is listed, and those the engine does not offer are
 * disabled with the engines that do, so nothing disappears without a reason.
 */
const kvDtypeChoices = (engine: Engine): readonly Choice<KvDtype>[] =>
  KV_DTYPES.map((value) =>
    engineTakesKv(engine, value)
      ? { value, label: kvDtypeLabel(value) }
      : {
          value,
          label: `${kvDtypeLabel(value)} (not in ${ENGINE_NAMES[engine]}; ${enginesTaking(value).join(', ')})`,
          disabled: true,
        },
  );

export const KV_DTYPE_CHOICES: Readonly<Record<Engine, readonly Choice<KvDtype>[]>> = {
  vllm: kvDtypeChoices('vllm'),
  sglang: kvDtypeChoices('sglang'),
  trtllm: kvDtypeChoices('trtllm'),
  llamacpp: kvDtypeChoices('llamacpp'),
  hf: kvDtypeChoices('hf'),
};

/** Every weight format, grouped by family (the catalogue's family order), each family from most bits to fewest. */
export const FORMAT_CHOICES: readonly Choice<FormatId>[] = (
  Object.keys(FAMILY_LABELS) as (keyof typeof FAMILY_LABELS)[]
).flatMap((family) =>
  FORMATS_BY_BITS.filter((id) => weightFormat(id).family === family).map((value) => ({
    value,
    label: weightFormat(value).label,
    group: FAMILY_LABELS[family],
  })),
);

/** Training updates the weights themselves, so only the formats a trainer computes in can be chosen. */

/** QLoRA keeps its frozen base in a bitsandbytes 4-bit format. */
export const QLORA_FORMAT_CHOICES: readonly Choice<FormatId>[] = FORMAT_CHOICES.filter((choice) =>
  QLORA_FORMATS.includes(choice.value),
);
