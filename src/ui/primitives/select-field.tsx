import { useId } from 'react';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import './fields.css';

export interface Choice<T> {
  value: T;
  label: string;
  disabled?: boolean;
  /** A select draws consecutive choices of one group under an optgroup of this name. */
  group?: string;
}

/** Consecutive choices of the same group, in order (choices without a group stand alone). */
function runsOfGroups<T>(
  options: readonly Choice<T>[],
): { group?: string; options: Choice<T>[] }[] {
  const runs: { group?: string; options: Choice<T>[] }[] = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && option.group !== undefined && last.group === option.group)
      last.options.push(option);
    else
      runs.push({
        ...(option.group === undefined ? {} : { group: option.group }),
        options: [option],
      });
  }
  return runs;
}

function Options<T extends string | number>({ options }: { options: readonly Choice<T>[] }) {
  return options.map((option) => (
    <option key={String(option.value)} value={String(option.value)} disabled={option.disabled}>
      {option.label}
    </option>
  ));
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
        {runsOfGroups(options).map((run, i) =>
          run.group === undefined ? (
            <Options key={i} options={run.options} />
          ) : (
            <optgroup key={run.group} label={run.group}>
              <Options options={run.options} />
            </optgroup>
          ),
        )}
      </select>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
