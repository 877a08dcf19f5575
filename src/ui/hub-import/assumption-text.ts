import type { ModelSpec } from '../../domain/model';
import { formatInteger } from '../../lib/format';
import type { Choice } from '../primitives/select-field';
import {
  ATTENTION_BIAS_CHOICES,
  MLP_CHOICES,
  MODEL_COUNT_FIELDS,
  MODEL_OPTIONAL_FIELDS,
  NORM_CHOICES,
  POSITION_CHOICES,
} from '../inputs/custom-model-fields';

const CHOICES: Partial<Record<keyof ModelSpec, readonly Choice<string>[]>> = {
  mlp: MLP_CHOICES,
  norm: NORM_CHOICES,
  positions: POSITION_CHOICES,
  attentionBias: ATTENTION_BIAS_CHOICES,
};

const UNITS: ReadonlyMap<keyof ModelSpec, string> = new Map([
  ...MODEL_COUNT_FIELDS.map(({ key, unit }) => [key, unit] as const),
  ...MODEL_OPTIONAL_FIELDS.map(({ key, unit }) => [key, unit] as const),
]);

/** An assumed ModelSpec value in words, numbers with their unit: "4,096 tokens", "yes", "RMSNorm". */
export function assumedValueText(
  field: keyof ModelSpec,
  value: ModelSpec[keyof ModelSpec],
): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    const unit = UNITS.get(field);
    return unit ? `${formatInteger(value)} ${unit}` : formatInteger(value);
  }
  return CHOICES[field]?.find((choice) => choice.value === value)?.label ?? value;
}
