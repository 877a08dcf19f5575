import { useId } from 'react';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import type { Choice } from './select-field';
import './fields.css';

export interface SegmentedFieldProps<T extends string> {
  /** The group's visible legend, which names it. */
  legend: string;
  value: T;
  options: readonly Choice<T>[];
  onChange: (value: T) => void;
  issue?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

/** A radio group drawn as joined buttons; arrow keys move between the options that are enabled. */
export function SegmentedField<T extends string>({
  legend,
  value,
  options,
  onChange,
  issue,
  hint,
  disabled,
}: SegmentedFieldProps<T>) {
  const id = useId();
  const message = issue && labelIssue(legend, issue);
  return (
    <fieldset
      className="field segmented-field"
      disabled={disabled}
      aria-describedby={describedBy(...noteIds(id, hint, message))}
    >
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldNotes id={id} hint={hint} message={message} />
    </fieldset>
  );
}
