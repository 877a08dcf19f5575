import { CURRENT_KEY } from '../domain/what-fits/what-fits-axes';
import type { FormatId } from '../domain/formats/catalogue';

/** Which rows the fit filter keeps: those on one GPU, those within one node, or every row. */
export const FIT_FILTERS = ['gpu', 'node', 'all'] as const;
export type FitFilter = (typeof FIT_FILTERS)[number];

/** The columns the inference table sorts by. */
export const FIT_SORT_KEYS = [
  'model',
  'format',
  'context',
  'gpus',
  'concurrency',
  'speed',
] as const;
export type FitSortKey = (typeof FIT_SORT_KEYS)[number];

export interface FitSort {
  key: FitSortKey;
  descending: boolean;
}

/** What the "What can I run on this?" view shows: the GPUs swept, its filters and its sort. */
export interface FitsChoices {
  /** GPU preset ids, and `current` for the scenario's own GPU (preset or custom), in the user's order. */
  gpus: readonly string[];
  fit: FitFilter;
  /** One weight format, or null for every format. */
  format: FormatId | null;
  /** The shortest request length a row must have, or null for any. */
  minContext: number | null;
  /** Words the model's name must contain (case ignored); empty for every model. */
  model: string;
  sort: FitSort;
}

/** The longest model filter a link carries. */
export const MAX_FITS_MODEL_FILTER = 100;

/** The scenario's own GPU, rows that fit within one node, every format and length, in preset order. */
export const FITS_DEFAULTS: Readonly<FitsChoices> = Object.freeze({
  gpus: Object.freeze([CURRENT_KEY]),
  fit: 'node',
  format: null,
  minContext: null,
  model: '',
  sort: Object.freeze({ key: 'model', descending: false }),
});

export const freshFitsChoices = (): FitsChoices => ({
  ...FITS_DEFAULTS,
  gpus: [...FITS_DEFAULTS.gpus],
  sort: { ...FITS_DEFAULTS.sort },
});
