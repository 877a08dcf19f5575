import { useId } from 'react';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import './fields.css';

export interface Choice<T> {
  value: T;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps<T extends string | number> {
  label: string;
  value: T;
  /** Keep the list outside render (a module constant or a memo) so a re-render does not rebuild it. */
  options: readonly Choice<T>[];
  onChange: (value: T) => void;
  issue?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

/** A labelled native select over typed values (numbers stay numbers). */
export function SelectField<T extends string | number>({
  label,
  value,
  options,
  onChange,
  issue,
  hint,
  disabled,
}: SelectFieldProps<T>) {
  const id = useId();
  const message = issue && labelIssue(label, issue);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(...noteIds(id, hint, message))}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option
            key={String(option.value)}
            value={String(option.value)}
            disabled={option.disabled}
          >
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
