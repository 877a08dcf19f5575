import { useId, type KeyboardEvent } from 'react';
import { formatInteger, formatNumber } from '../../lib/format';
import { describedBy, noteIds } from './described-by';
import { FieldNotes } from './field-notes';
import { labelIssue } from './number-text';
import { nearestStopIndex } from './slider-stops';
import { useNumberDraft } from './use-number-draft';
import './fields.css';

/**
 * How the slider moves: over fixed stops in increasing order (powers of two, a log scale), or
 * linearly from min to max in steps. Either way the number box takes any number.
 */
export type SliderScale = { stops: readonly number[] } | { min: number; max: number; step: number };

export interface SliderFieldProps {
  /** Names the slider; the number box is "<label> (exact)". */
  label: string;
  value: number;
  scale: SliderScale;
  onCommit: (value: number) => void;
  /** The unit after the value, where there is one ("tokens"). */
  unit?: string | undefined;
  /** The unit after exactly 1 ("token"). */
  unitOne?: string | undefined;
  issue?: string | undefined;
  hint?: string | undefined;
}

const countText = (value: number) =>
  Number.isInteger(value) ? formatInteger(value) : formatNumber(value);

/** The stop the key moves to from `value` (3 goes to 2 or 4), or undefined for other keys. */
function stopForKey(key: string, stops: readonly number[], value: number): number | undefined {
  if (key === 'ArrowRight' || key === 'ArrowUp') return stops.find((s) => s > value);
  if (key === 'ArrowLeft' || key === 'ArrowDown') return stops.findLast((s) => s < value);
  if (key === 'Home') return stops[0];
  if (key === 'End') return stops.at(-1);
  return undefined;
}

/**
 * A slider with an exact number box beside it, both bound to one value: the page's one control
 * for a number that has a useful range. The slider stays inside its range; the box takes any
 * number, and the caller's validation says what is wrong with it.
 */
export function SliderField({
  label,
  value,
  scale,
  onCommit,
  unit,
  unitOne,
  issue,
  hint,
}: SliderFieldProps) {
  const id = useId();
  const draft = useNumberDraft(value, onCommit);
  const message = draft.isUnparseable
    ? labelIssue(label, 'must be a number')
    : issue && labelIssue(label, issue);
  const notes = noteIds(id, hint, message);
  const commit = (next: number | undefined) => {
    if (next === undefined) return;
    draft.forget();
    onCommit(next);
  };

  const shown = 'stops' in scale ? value : clampToRange(value, scale);
  const unitText = value === 1 && unitOne ? unitOne : unit;
  const valueText = unitText ? `${countText(shown)} ${unitText}` : countText(shown);
  const range =
    'stops' in scale
      ? {
          min: 0,
          max: scale.stops.length - 1,
          step: 1,
          value: nearestStopIndex(scale.stops, value),
          // Arrows move to the next stop above or below the exact value, the same in every browser.
          onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
            const stop = stopForKey(event.key, scale.stops, value);
            if (stop === undefined) return;
            event.preventDefault();
            commit(stop);
          },
          toValue: (position: number) => scale.stops[position],
        }
      : { ...scale, value: shown, onKeyDown: undefined, toValue: (position: number) => position };

  return (
    <div className="field slider-field">
      <label id={`${id}-label`} htmlFor={`${id}-slider`}>
        {label}
      </label>
      <span className="slider-field__controls">
        <input
          id={`${id}-slider`}
          type="range"
          min={range.min}
          max={range.max}
          step={range.step}
          value={range.value}
          aria-valuetext={valueText}
          aria-describedby={describedBy(...notes)}
          onKeyDown={range.onKeyDown}
          onChange={(event) => commit(range.toValue(Number(event.target.value)))}
        />
        <span className="field__control">
          <input
            id={`${id}-box`}
            type="number"
            inputMode="decimal"
            step={'stops' in scale ? 'any' : scale.step}
            min={'stops' in scale ? undefined : scale.min}
            max={'stops' in scale ? undefined : scale.max}
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

function clampToRange(value: number, { min, max }: { min: number; max: number }): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, min), max) : min;
}
