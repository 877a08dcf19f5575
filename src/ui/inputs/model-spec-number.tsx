import { NumberField } from '../primitives/number-field';
import { useFieldIssue } from './use-field-issue';

interface ModelSpecNumberProps {
  /** The ModelSpec field, named in the engine's issues as "model.<field>". */
  field: string;
  label: string;
  unit: string;
  value: number;
  onCommit: (value: number) => void;
}

/** One count of a custom architecture, with the engine's message for it. */
export function ModelSpecNumber({ field, label, unit, value, onCommit }: ModelSpecNumberProps) {
  const issue = useFieldIssue(`model.${field}`);
  return (
    <NumberField
      label={label}
      unit={unit}
      value={value}
      onCommit={onCommit}
      issue={issue}
      step={1}
    />
  );
}
