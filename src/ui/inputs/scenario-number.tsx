import type { NumberRange } from '../../domain/errors';
import { SCENARIO_RANGES, type Scenario } from '../../domain/scenario';
import { formatInteger, formatNumber } from '../../lib/format';
import { NumberField } from '../primitives/number-field';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

type NumberKey = {
  [K in keyof Scenario]: Scenario[K] extends number
    ? number extends Scenario[K]
      ? K
      : never
    : never;
}[keyof Scenario];

/** How a stored number is shown: bytes as GB, a fraction as a percentage. */
export interface DisplayScale {
  toShown: (stored: number) => number;
  toStored: (shown: number) => number;
}

interface ScenarioNumberProps {
  field: NumberKey;
  label: string;
  unit?: string | undefined;
  scale?: DisplayScale | undefined;
  step?: number | 'any';
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

const RANGES: Readonly<Partial<Record<NumberKey, NumberRange>>> = SCENARIO_RANGES;
const IDENTITY: DisplayScale = { toShown: (stored) => stored, toStored: (shown) => shown };

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
 * The engine's range restated in the box's unit: "must be from 0 to 90 %, got 95 %" where the engine
 * says "must be between 0 and 0.9, got 0.95". The engine's issue still decides whether there is one.
 */
function rangeMessage(range: NumberRange, scale: DisplayScale, unit: string, stored: number) {
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

/**
 * A number box bound to one numeric scenario field; what is typed is stored (scaled) even when out of
 * range. For the fields with an engine range (GB, GiB, %), the message speaks in the box's unit.
 */
export function ScenarioNumber({
  field,
  label,
  unit,
  scale,
  step,
  hint,
  disabled,
}: ScenarioNumberProps) {
  const [stored, setStored] = useScenarioField(field);
  const issue = useFieldIssue(field);
  const range = RANGES[field];
  const message =
    issue && range && unit ? rangeMessage(range, scale ?? IDENTITY, unit, stored) : issue;
  return (
    <NumberField
      label={label}
      unit={unit}
      value={scale ? scale.toShown(stored) : stored}
      onCommit={(shown) => setStored(scale ? scale.toStored(shown) : shown)}
      issue={message}
      hint={hint}
      step={step}
      disabled={disabled}
    />
  );
}
