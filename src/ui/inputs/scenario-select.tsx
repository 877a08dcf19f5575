import type { Scenario } from '../../domain/scenario';
import { SelectField, type Choice } from '../primitives/select-field';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

type ChoiceKey = {
  [K in keyof Scenario]: Scenario[K] extends string | number ? K : never;
}[keyof Scenario];

interface ScenarioSelectProps<K extends ChoiceKey> {
  field: K;
  label: string;
  options: readonly Choice<Scenario[K]>[];
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

/** A select bound to one scenario field, showing the engine's message for it. */
export function ScenarioSelect<K extends ChoiceKey>({
  field,
  label,
  options,
  hint,
  disabled,
}: ScenarioSelectProps<K>) {
  const [value, setValue] = useScenarioField(field);
  const issue = useFieldIssue(field);
  return (
    <SelectField<Scenario[K]>
      label={label}
      value={value}
      options={options}
      onChange={setValue}
      issue={issue}
      hint={hint}
      disabled={disabled}
    />
  );
}
