import { useId, type KeyboardEvent } from 'react';
import { weightFormat, type FormatId } from '../../domain/formats/catalogue';
import { formatNumber } from '../../lib/format';
import { describedBy, noteIds } from '../primitives/described-by';
import { FieldNotes } from '../primitives/field-notes';
import { labelIssue } from '../primitives/number-text';
import './precision-slider.css';

interface PrecisionSliderProps {
  /** Every format in order of the model's weight bytes, most first. */
  stops: readonly FormatId[];
  /** Bits per weight over the model in a format, the measure the stops are in order of. */
  bits: (id: FormatId) => number;
  /** Whether the mode can use a format; the others are shown struck through and skipped. */
  applies: (id: FormatId) => boolean;
  value: FormatId;
  onChange: (id: FormatId) => void;
  issue?: string | undefined;
  hint?: string | undefined;
}

/** The nearest stop at or after `from` in `direction` (+1 fewer bits, −1 more) that applies. */
function nextApplying(
  stops: readonly FormatId[],
  applies: (id: FormatId) => boolean,
  from: number,
  direction: 1 | -1,
): number | undefined {
  for (let i = from; i >= 0 && i < stops.length; i += direction) {
    const id = stops[i];
    if (id !== undefined && applies(id)) return i;
  }
  return undefined;
}

/**
 * The weights' format as a slider over every format in order of bits, fp32 to 2-bit: each step
 * shows memory fall. Formats the mode cannot use stay in the row, struck through, and the slider
 * steps over them. The stops below it are labels a pointer can press; the keyboard uses the slider.
 */
export function PrecisionSlider({
  stops,
  bits,
  applies,
  value,
  onChange,
  issue,
  hint,
}: PrecisionSliderProps) {
  const id = useId();
  const bitsText = (format: FormatId) => `${formatNumber(bits(format))} bits per weight`;
  const index = Math.max(0, stops.indexOf(value));
  const message = issue && labelIssue('Precision', issue);
  const notes = noteIds(id, hint, message);
  const choose = (to: number | undefined) => {
    const next = to === undefined ? undefined : stops[to];
    if (next !== undefined && next !== value) onChange(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = stops.length - 1;
    const targets: Record<string, number | undefined> = {
      ArrowRight: nextApplying(stops, applies, index + 1, 1),
      ArrowDown: nextApplying(stops, applies, index + 1, 1),
      ArrowLeft: nextApplying(stops, applies, index - 1, -1),
      ArrowUp: nextApplying(stops, applies, index - 1, -1),
      Home: nextApplying(stops, applies, 0, 1),
      End: nextApplying(stops, applies, last, -1),
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    choose(targets[event.key]);
  };
  const current = weightFormat(stops[index] ?? value);
  return (
    <div className="field precision-slider">
      <label htmlFor={id}>Precision</label>
      <p className="precision-slider__current" aria-hidden="true">
        <strong>{current.label}</strong> · {bitsText(current.id as FormatId)}
      </p>
      <input
        id={id}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={index}
        aria-valuetext={`${current.label}, ${bitsText(current.id as FormatId)}`}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(...notes)}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          // A pointer lands on the nearest stop the mode can use.
          const to = Number(event.target.value);
          const direction = to >= index ? 1 : -1;
          choose(
            nextApplying(stops, applies, to, direction) ??
              nextApplying(stops, applies, to, -direction as 1 | -1),
          );
        }}
      />
      <ol className="precision-slider__stops" aria-hidden="true" data-testid="precision-stops">
        {stops.map((stop, at) => (
          <li key={stop}>
            <button
              type="button"
              tabIndex={-1}
              disabled={!applies(stop)}
              className={at === index ? 'is-current' : undefined}
              onClick={() => choose(at)}
              title={`${weightFormat(stop).label}, ${bitsText(stop)}`}
            >
              {weightFormat(stop).label}
            </button>
          </li>
        ))}
      </ol>
      <FieldNotes id={id} hint={hint} message={message} />
    </div>
  );
}
