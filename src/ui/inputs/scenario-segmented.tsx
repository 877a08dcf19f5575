import type { Scenario } from '../../domain/scenario';
import type { Choice } from '../primitives/select-field';
import { SegmentedField } from '../primitives/segmented-field';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

type TextKey = { [K in keyof Scenario]: Scenario[K] extends string ? K : never }[keyof Scenario];

interface ScenarioSegmentedProps<K extends TextKey> {
  field: K;
  legend: string;
  options: readonly Choice<Scenario[K]>[];
  hint?: string | undefined;
  disabled?: boolean | undefined;
  /** What a choice does, when more than setting the field. */
  onChange?: ((value: Scenario[K]) => void) | undefined;
}

/** A segmented radio group bound to one scenario field. */
export function ScenarioSegmented<K extends TextKey>({
  field,
  legend,
  options,
  hint,
  disabled,
  onChange,
}: ScenarioSegmentedProps<K>) {
  const [value, setValue] = useScenarioField(field);
  const issue = useFieldIssue(field);
  return (
    <SegmentedField<Scenario[K]>
      legend={legend}
      value={value}
      options={options}
      onChange={onChange ?? setValue}
      issue={issue}
      hint={hint}
      disabled={disabled}
    />
  );
}
