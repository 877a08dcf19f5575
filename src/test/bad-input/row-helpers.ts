import type { BadInputCase, BadInputKind, BadInputTarget, BoxRegion } from './catalogue';

export type Cases = Record<BadInputKind, BadInputCase>;

/** The message of a box holding text that is not a number (nothing is stored). */
export const NUMBER = '{label} must be a number';

/** The token budget's message for text that is not a count yet (nothing is stored). */
export const TOKEN_COUNT = '{label} must be a number of tokens, such as 2T, 300B or 1e12';

/** Messages for text that never reaches the store, so the estimate stays as it was. */
export const NOT_STORED: readonly string[] = [NUMBER, TOKEN_COUNT];

/** A whole number from 1 (or 0) to `{max}`, as the engine checks counts. */
export const wholeNumber = (allowZero: boolean): Cases => ({
  empty: { shows: NUMBER },
  negative: {
    shows: allowZero
      ? '{label} must be zero or more, got -1'
      : '{label} must be at least 1, got -1',
  },
  zero: { shows: allowZero ? null : '{label} must be at least 1, got 0' },
  fractional: { shows: '{label} must be a whole number, got 2.5' },
  huge: { shows: '{label} must be at most {max}, got 1e+300' },
  nonNumeric: { shows: NUMBER },
  overLong: { shows: NUMBER },
});

/** A percentage box over an engine fraction: the message gives the engine's range in %. */
export const percentCases = (min: number, max: number): Cases => ({
  empty: { shows: NUMBER },
  negative: { shows: `{label} must be from ${min} to ${max} %, got -1 %` },
  zero: { shows: min > 0 ? `{label} must be from ${min} to ${max} %, got 0 %` : null },
  fractional: { shows: null },
  // Too long to print as a number: the box above still shows the 1e300 that was typed.
  huge: { shows: `{label} must be from ${min} to ${max} %` },
  nonNumeric: { shows: NUMBER },
  overLong: { shows: NUMBER },
});

/** A name: only empty is refused, with `emptyMessage`; anything else, however long, is a name. */
export const nameCases = (emptyMessage: string): Cases => ({
  empty: { shows: emptyMessage },
  negative: { shows: null },
  zero: { shows: null },
  fractional: { shows: null },
  huge: { shows: null },
  nonNumeric: { shows: null },
  overLong: { typed: 'x'.repeat(10_000), label: '10,000 characters', shows: null },
});

/** A number box in one region of the page; `label` and `max` fill the row's message. */
export const box = (
  region: BoxRegion,
  label: string,
  max: number,
  extra: Partial<Extract<BadInputTarget['driver'], { via: 'box' }>> = {},
): BadInputTarget => ({ driver: { via: 'box', region, box: label, ...extra }, label, max });

/** The exact-value box beside a slider, named "<label> (exact)". */
export const exact = (label: string, max: number, extra = {}): BadInputTarget => ({
  ...box('workload', `${label} (exact)`, max, extra),
  label,
});
