import { useId, type KeyboardEvent } from 'react';
import { formatInteger, formatNumber } from '../../lib/format';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import { nearestStopIndex } from './slider-stops';
import { useNumberDraft } from './use-number-draft';
import './fields.css';

export interface LogSliderFieldProps {
  /** Names the slider; the number box is "<label> (exact)". */
  label: string;
  /** The unit after every value, e.g. "tokens". */
  unit: string;
  /** The unit after exactly 1, e.g. "token". */
  unitOne?: string | undefined;
  value: number;
  /** The slider's positions in increasing order, e.g. powers of two; the box takes any number. */
  stops: readonly number[];
  onCommit: (value: number) => void;
  issue?: string | undefined;
  hint?: string | undefined;
}

const countText = (value: number) =>
  Number.isInteger(value) ? formatInteger(value) : formatNumber(value);

/** A log-scale slider over fixed stops with an exact number box beside it, both bound to one value. */
export function LogSliderField({
  label,
  unit,
  unitOne,
  value,
  stops,
  onCommit,
  issue,
  hint,
}: LogSliderFieldProps) {
  const id = useId();
  const draft = useNumberDraft(value, onCommit);
  const message = draft.isUnparseable
    ? labelIssue(label, 'must be a number')
    : issue && labelIssue(label, issue);
  const notes = noteIds(id, hint, message);

  const commitStop = (stop: number | undefined) => {
    if (stop === undefined) return;
    draft.forget();
    onCommit(stop);
  };
  // Arrows move to the next stop above or below the exact value (3 goes to 2 or 4), the same in every browser.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const key = event.key;
    let stop: number | undefined;
    if (key === 'ArrowRight' || key === 'ArrowUp') stop = stops.find((s) => s > value);
    else if (key === 'ArrowLeft' || key === 'ArrowDown') stop = stops.findLast((s) => s < value);
    else if (key === 'Home') stop = stops[0];
    else if (key === 'End') stop = stops[stops.length - 1];
    else return;
    event.preventDefault();
    commitStop(stop);
  };

  return (
    <div className="field slider-field">
      <label id={`${id}-label`} htmlFor={`${id}-slider`}>
        {label}
      </label>
      <span className="slider-field__controls">
        <input
          id={`${id}-slider`}
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={nearestStopIndex(stops, value)}
          aria-valuetext={`${countText(value)} ${value === 1 && unitOne ? unitOne : unit}`}
          aria-describedby={describedBy(...notes)}
          onKeyDown={onKeyDown}
          onChange={(event) => commitStop(stops[Number(event.target.value)])}
        />
        <span className="field__control">
          <input
            id={`${id}-box`}
            type="number"
            inputMode="numeric"
            step="any"
            value={draft.text}
            aria-labelledby={`${id}-label ${id}-exact`}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy(`${id}-unit`, ...notes)}
            onChange={(event) => draft.change(event.target.value)}
          />
          <span id={`${id}-exact`} className="visually-hidden">
            (exact)
          </span>
          <span id={`${id}-unit`} className="field__unit">
            {unit}
          </span>
        </span>
      </span>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
