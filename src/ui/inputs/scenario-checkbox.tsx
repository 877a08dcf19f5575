import type { Scenario } from '../../domain/scenario';
import { CheckboxField } from '../primitives/checkbox-field';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

type BooleanKey = {
  [K in keyof Scenario]: Scenario[K] extends boolean ? K : never;
}[keyof Scenario];

interface ScenarioCheckboxProps {
  field: BooleanKey;
  label: string;
  hint?: string | undefined;
  disabled?: boolean | undefined;
  /** A state to show instead of the stored one, in a disabled box (the layout automatic mode chose). */
  shown?: boolean | undefined;
}

/** A checkbox bound to one boolean scenario field. */
export function ScenarioCheckbox({ field, label, hint, disabled, shown }: ScenarioCheckboxProps) {
  const [checked, setChecked] = useScenarioField(field);
  const issue = useFieldIssue(field);
  return (
    <CheckboxField
      label={label}
      checked={shown ?? checked}
      onChange={setChecked}
      issue={issue}
      hint={hint}
      disabled={disabled}
    />
  );
}
