import { useId } from 'react';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import { useNumberDraft } from './use-number-draft';
import './fields.css';

export interface NumberFieldProps {
  label: string;
  /** The value in the unit shown beside the box. */
  value: number;
  /** Called with every parseable number typed, in range or not: the engine's validation says what is wrong. */
  onCommit: (value: number) => void;
  unit?: string | undefined;
  /** The engine's message for this field, without the field's name. */
  issue?: string | undefined;
  hint?: string | undefined;
  step?: number | 'any';
  disabled?: boolean | undefined;
}

/** A labelled number box that keeps what was typed and never clamps. */
export function NumberField({
  label,
  value,
  onCommit,
  unit,
  issue,
  hint,
  step = 'any',
  disabled,
}: NumberFieldProps) {
  const id = useId();
  const draft = useNumberDraft(value, onCommit);
  const message = draft.isUnparseable
    ? labelIssue(label, 'must be a number')
    : issue && labelIssue(label, issue);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field__control">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step={step}
          value={draft.text}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(unit && `${id}-unit`, ...noteIds(id, hint, message))}
          onChange={(event) => draft.change(event.target.value)}
        />
        {unit && (
          <span id={`${id}-unit`} className="field__unit">
            {unit}
          </span>
        )}
      </span>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
