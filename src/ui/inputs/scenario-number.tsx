import type { NumberRange } from '../../domain/errors';
import { SCENARIO_RANGES, type Scenario } from '../../domain/scenario';
import { NumberField } from '../primitives/number-field';
import { rangeMessage, type DisplayScale } from './shown-units';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

type NumberKey = {
  [K in keyof Scenario]: Scenario[K] extends number
    ? number extends Scenario[K]
      ? K
      : never
    : never;
}[keyof Scenario];

interface ScenarioNumberProps {
  field: NumberKey;
  label: string;
  unit?: string | undefined;
  scale?: DisplayScale | undefined;
  step?: number | 'any';
  hint?: string | undefined;
  disabled?: boolean | undefined;
  /** A value to show instead of the stored one, in a disabled box (the layout automatic mode chose). */
  shown?: number | undefined;
}

const RANGES: Readonly<Partial<Record<NumberKey, NumberRange>>> = SCENARIO_RANGES;
const IDENTITY: DisplayScale = { toShown: (stored) => stored, toStored: (shown) => shown };

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
  shown,
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
      value={shown ?? (scale ? scale.toShown(stored) : stored)}
      onCommit={(shown) => setStored(scale ? scale.toStored(shown) : shown)}
      issue={message}
      hint={hint}
      step={step}
      disabled={disabled}
    />
  );
}
