import type { Scenario } from '../../domain/scenario';
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

/** A number box bound to one numeric scenario field; what is typed is stored (scaled) even when out of range. */
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
  return (
    <NumberField
      label={label}
      unit={unit}
      value={scale ? scale.toShown(stored) : stored}
      onCommit={(shown) => setStored(scale ? scale.toStored(shown) : shown)}
      issue={issue}
      hint={hint}
      step={step}
      disabled={disabled}
    />
  );
}
