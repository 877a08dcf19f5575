import { useId } from 'react';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import './fields.css';

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  issue?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

/** A checkbox with its label beside it. */
export function CheckboxField({
  label,
  checked,
  onChange,
  issue,
  hint,
  disabled,
}: CheckboxFieldProps) {
  const id = useId();
  const message = issue && labelIssue(label, issue);
  return (
    <div className="field field--checkbox">
      <span className="field__control">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(...noteIds(id, hint, message))}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </span>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
