import { useId } from 'react';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import './fields.css';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  issue?: string | undefined;
  hint?: string | undefined;
}

/** A labelled one-line text box. */
export function TextField({ label, value, onChange, issue, hint }: TextFieldProps) {
  const id = useId();
  const message = issue && labelIssue(label, issue);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(...noteIds(id, hint, message))}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
