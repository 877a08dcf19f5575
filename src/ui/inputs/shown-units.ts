import type { FieldIssue, NumberRange } from '../../domain/errors';
import { SCENARIO_RANGES, type Scenario } from '../../domain/scenario';
import { bytesToUnit, unitToBytes } from '../../domain/units';
import { formatInteger, formatNumber } from '../../lib/format';
import type { UnitSystem } from '../../domain/units';

/** How a stored number is shown: bytes as GB, a fraction as a percentage. */
export interface DisplayScale {
  toShown: (stored: number) => number;
  toStored: (shown: number) => number;
}

export const PERCENT: DisplayScale = {
  toShown: (fraction) => fraction * 100,
  toStored: (percent) => percent / 100,
};

/** A fraction's range as a box in % shows it, and as the engine and the share link store it. */
export const percentRange = ({ min, max }: NumberRange): string =>
  `${formatNumber(PERCENT.toShown(min))} to ${formatNumber(PERCENT.toShown(max))} % (the engine stores ${formatNumber(min)} to ${formatNumber(max)})`;

export const BYTE_SCALES: Readonly<Record<UnitSystem, DisplayScale>> = {
  GB: { toShown: (bytes) => bytesToUnit(bytes, 'GB'), toStored: (gb) => unitToBytes(gb, 'GB') },
  GiB: {
    toShown: (bytes) => bytesToUnit(bytes, 'GiB'),
    toStored: (gib) => unitToBytes(gib, 'GiB'),
  },
};

type RangedField = keyof typeof SCENARIO_RANGES;

/** How each field with an engine range is shown on the page: its scale and its unit. */
const SHOWN: Readonly<
  Record<RangedField, (unit: UnitSystem) => { scale: DisplayScale; unit: string }>
> = {
  overheadBytes: (unit) => ({ scale: BYTE_SCALES[unit], unit }),
  safetyMargin: () => ({ scale: PERCENT, unit: '%' }),
  utilization: () => ({ scale: PERCENT, unit: '%' }),
  memoryFraction: () => ({ scale: PERCENT, unit: '%' }),
  bandwidthEfficiency: () => ({ scale: PERCENT, unit: '%' }),
  allocatorMargin: () => ({ scale: PERCENT, unit: '%' }),
};

/** Three significant digits, but whole limits such as 931,323 GiB keep every digit. */
const shownText = (value: number): string =>
  Math.abs(value) >= 1000 ? formatInteger(value) : formatNumber(value);

/**
 * NaN, infinities and numbers outside this band print as a row of digits or not at all; the box
 * still shows what was typed.
 */
const isReadable = (value: number): boolean =>
  value === 0 || (Math.abs(value) >= 1e-6 && Math.abs(value) < 1e15);

/**
 * The engine's range restated in a box's unit: "must be from 0 to 90 %, got 95 %" where the engine
 * says "must be between 0 and 0.9, got 0.95". The engine's issue still decides whether there is one.
 */
export function rangeMessage(
  range: NumberRange,
  scale: DisplayScale,
  unit: string,
  stored: number,
): string {
  const [min, max] = [scale.toShown(range.min), scale.toShown(range.max)];
  const rule = `must be from ${shownText(min)} to ${shownText(max)} ${unit}`;
  const shown = scale.toShown(stored);
  if (!isReadable(shown)) return rule;
  let got = shownText(shown);
  // Rounded to three digits, 90.01 % would read as the limit itself.
  if (shown > max && got === shownText(max)) got = `more than ${got}`;
  else if (shown < min && got === shownText(min)) got = `less than ${got}`;
  return `${rule}, got ${got} ${unit}`;
}

const isRanged = (field: string): field is RangedField => Object.hasOwn(SCENARIO_RANGES, field);

/**
 * An engine issue as the page says it: for a field shown in GB, GiB or %, the range and the value in
 * that unit; any other issue as the engine wrote it.
 */
export function issueInShownUnits(
  issue: FieldIssue,
  scenario: Scenario,
  unit: UnitSystem,
): FieldIssue {
  if (!isRanged(issue.field)) return issue;
  const shown = SHOWN[issue.field](unit);
  const stored = scenario[issue.field];
  // Null is the engine's default and never out of range.
  if (stored === null) return issue;
  return {
    field: issue.field,
    message: rangeMessage(SCENARIO_RANGES[issue.field], shown.scale, shown.unit, stored),
  };
}
