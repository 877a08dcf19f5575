import type { ModelSpec } from '../../domain/model';
import type { Scenario } from '../../domain/scenario';

/** The kinds of bad input every input is tried with, in the column order of the table in docs/bad-input.md. */
export const BAD_INPUT_KINDS = [
  'empty',
  'negative',
  'zero',
  'fractional',
  'huge',
  'nonNumeric',
  'overLong',
] as const;
export type BadInputKind = (typeof BAD_INPUT_KINDS)[number];

/** What each column enters unless a row says otherwise. */
export const DEFAULT_TYPED: Readonly<Record<BadInputKind, string>> = {
  empty: '',
  negative: '-1',
  zero: '0',
  fractional: '2.5',
  huge: '1e300',
  nonNumeric: 'abc',
  overLong: '9'.repeat(400),
};

export const KIND_HEADINGS: Readonly<Record<BadInputKind, string>> = {
  empty: 'Empty',
  negative: 'Negative (`-1`)',
  zero: 'Zero (`0`)',
  fractional: 'Fractional (`2.5`)',
  huge: 'Huge (`1e300`)',
  nonNumeric: 'Non-numeric (`abc`)',
  overLong: 'Over-long (400 digits)',
};

export type BoxRegion =
  'workload' | 'advanced' | 'custom-model' | 'sampling' | 'planning' | 'serving';

/**
 * How the test reaches an input: a box in a region, the pasted list, the link, the Hub id, a pasted
 * config, an opened export file.
 */
export type InputDriver =
  | {
      via: 'box';
      region: BoxRegion;
      /** The box's accessible name. */
      box: string;
      /** A text box (the token budget takes "2T"); number boxes are spinbuttons. */
      isText?: boolean;
      /** Scenario fields that make the box appear (inference mode, a manual layout, …). */
      scenario?: Partial<Scenario>;
      /** Custom architecture fields that make the box appear (a sliding window, …). */
      model?: Partial<ModelSpec>;
    }
  | { via: 'logits' }
  /** The value of one key (after `base`, the other keys the link needs), or the whole query string. */
  | { via: 'link'; key?: string; base?: string }
  | { via: 'hub-id' }
  /** The pasted text, or the typed JSON token placed into a config by `template`. */
  | { via: 'config'; template?: (typed: string) => string }
  /** The file's text, or the typed JSON token placed into an export by `template`. */
  | { via: 'export-file'; template?: (typed: string) => string };

export interface BadInputCase {
  /** What is entered, when it differs from the column's DEFAULT_TYPED. */
  typed?: string;
  /** How docs/bad-input.md names a typed value too long to print. */
  label?: string;
  /**
   * The message the user sees, verbatim but for `{label}` and `{max}`, which each target fills in;
   * null when the value is accepted without a message.
   */
  shows: string | null;
}

/** One input the row covers: how to reach it, and what fills the row's `{label}` and `{max}`. */
export interface BadInputTarget {
  driver: InputDriver;
  label?: string;
  max?: number;
}

export interface BadInputRow {
  /** The input as docs/bad-input.md names it. */
  input: string;
  targets: readonly BadInputTarget[];
  cases: Readonly<Record<BadInputKind, BadInputCase>>;
}

/** A row's message for one of its targets (or, in docs/bad-input.md, for placeholders). */
export const messageFor = (
  template: string,
  { label = '', max = '' }: { label?: string | undefined; max?: number | string | undefined },
): string => template.replaceAll('{label}', label).replaceAll('{max}', String(max));
