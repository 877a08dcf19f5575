import type { WorkValue } from '../../domain/work';
import { formatBytes, formatInteger, formatNumber } from '../../lib/format';
import type { UnitSystem } from '../../domain/units';

/** Symbols whose value is an amount of memory; the others are counts or bytes per element. */
const BYTE_AMOUNTS: ReadonlySet<string> = new Set(['W', 'W_base', 'factored', 'overhead']);

/** One substituted value as "symbol = value": amounts of memory in the store's unit, counts exact. */
export function formatWorkValue(value: WorkValue, unit: UnitSystem): string {
  const text = BYTE_AMOUNTS.has(value.symbol)
    ? formatBytes(value.value, unit)
    : Number.isInteger(value.value)
      ? formatInteger(value.value)
      : formatNumber(value.value);
  return `${value.symbol} = ${text}`;
}
