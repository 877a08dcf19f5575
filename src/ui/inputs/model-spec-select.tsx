import { SelectField, type Choice } from '../primitives/select-field';
import { useFieldIssue } from './use-field-issue';

interface ModelSpecSelectProps<T extends string> {
  field: string;
  label: string;
  value: T;
  options: readonly Choice<T>[];
  onChange: (value: T) => void;
}

/** One choice of a custom architecture (MLP kind, norm, positions, biases), with the engine's message for it. */
export function ModelSpecSelect<T extends string>({
  field,
  label,
  value,
  options,
  onChange,
}: ModelSpecSelectProps<T>) {
  const issue = useFieldIssue(`model.${field}`);
  return (
    <SelectField label={label} value={value} options={options} onChange={onChange} issue={issue} />
  );
}
