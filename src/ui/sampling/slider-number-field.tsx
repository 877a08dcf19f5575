import { useId } from 'react';
import { formatInteger, formatNumber } from '../../lib/format';
import { describedBy, noteIds } from '../primitives/described-by';
import { FieldNotes } from '../primitives/field-notes';
import { labelIssue } from '../primitives/number-text';
import { useNumberDraft } from '../primitives/use-number-draft';
import '../primitives/fields.css';

export interface SliderNumberFieldProps {
  /** Names the slider; the number box is "<label> (exact)". */
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onCommit: (value: number) => void;
  /** The unit after the value, where there is one ("tokens"). */
  unit?: string | undefined;
  issue?: string | undefined;
  hint?: string | undefined;
}

/**
 * A linear slider with a number box beside it, bound to one value. The slider stays inside its range;
 * the box takes any number and the caller's validation says what is wrong with it.
 */
export function SliderNumberField({
  label,
  value,
  min,
  max,
  step,
  onCommit,
  unit,
  issue,
  hint,
}: SliderNumberFieldProps) {
  const id = useId();
  const draft = useNumberDraft(value, onCommit);
  const message = draft.isUnparseable
    ? labelIssue(label, 'must be a number')
    : issue && labelIssue(label, issue);
  const notes = noteIds(id, hint, message);
  const sliderValue = Number.isFinite(value) ? Math.min(Math.max(value, min), max) : min;
  const valueText = Number.isInteger(sliderValue)
    ? formatInteger(sliderValue)
    : formatNumber(sliderValue);

  return (
    <div className="field slider-field">
      <label id={`${id}-label`} htmlFor={`${id}-slider`}>
        {label}
      </label>
      <span className="slider-field__controls">
        <input
          id={`${id}-slider`}
          type="range"
          min={min}
          max={max}
          step={step}
          value={sliderValue}
          aria-valuetext={unit ? `${valueText} ${unit}` : valueText}
          aria-describedby={describedBy(...notes)}
          onChange={(event) => {
            draft.forget();
            onCommit(Number(event.target.value));
          }}
        />
        <span className="field__control">
          <input
            id={`${id}-box`}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={step}
            value={draft.text}
            aria-labelledby={`${id}-label ${id}-exact`}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy(unit && `${id}-unit`, ...notes)}
            onChange={(event) => draft.change(event.target.value)}
          />
          <span id={`${id}-exact`} className="visually-hidden">
            (exact)
          </span>
          {unit && (
            <span id={`${id}-unit`} className="field__unit">
              {unit}
            </span>
          )}
        </span>
      </span>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
