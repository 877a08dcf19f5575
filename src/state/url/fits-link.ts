import type { FormatId } from '../../domain/formats/catalogue';
import { findGpuPreset } from '../../domain/presets/gpus';
import { CURRENT_KEY, FITS_CONTEXTS, FITS_FORMAT_IDS } from '../../domain/what-fits/what-fits-axes';
import {
  FIT_FILTERS,
  FIT_SORT_KEYS,
  FITS_DEFAULTS,
  MAX_FITS_MODEL_FILTER,
  type FitsChoices,
  type FitSortKey,
} from '../fits-choices';
import { sameValue, urlField, type UrlField } from './url-schema';
import { oneOf, quote, type UrlValue } from './url-values';

/**
 * The "What can I run on this?" view's choices in the link, under keys starting with `cr` ("can
 * run"; no other key does). Each is read on its own: a bad one keeps its default and is named.
 */

/** `crg=current,h100-80gb`: the GPUs swept; an unknown one is named and the rest are kept. */
const gpusField: UrlField<FitsChoices> = {
  key: 'crg',
  label: 'What can I run: GPUs',
  read: (raw, into) => {
    const keys = raw.split(',').map((key) => key.trim());
    const known = keys.filter((key) => key === CURRENT_KEY || findGpuPreset(key));
    const unknown = keys.filter((key) => !known.includes(key));
    if (known.length > 0) into.gpus = [...new Set(known)];
    if (unknown.length === 0) return null;
    const named = unknown.map(quote).join(', ');
    return known.length > 0
      ? `names ${named}, which is not a GPU preset id or ${CURRENT_KEY}; the other GPUs were kept`
      : `must list GPU preset ids or ${CURRENT_KEY}, got ${named}; this scenario's GPU is shown`;
  },
  write: (from) => (sameValue(from.gpus, FITS_DEFAULTS.gpus) ? undefined : from.gpus.join(',')),
};

const fail = (message: string) => ({ ok: false as const, message });

const formatValue: UrlValue<FormatId> = oneOf(FITS_FORMAT_IDS as [FormatId, ...FormatId[]]);

const contextValue: UrlValue<number> = (raw) => {
  const context = Number(raw);
  return FITS_CONTEXTS.includes(context)
    ? { ok: true, value: context }
    : fail(`must be one of ${FITS_CONTEXTS.join(', ')}`);
};

const modelValue: UrlValue<string> = (raw) =>
  raw.length <= MAX_FITS_MODEL_FILTER
    ? { ok: true, value: raw }
    : fail(`must be at most ${MAX_FITS_MODEL_FILTER} characters`);

const SORT_RULE = `must be a column (${FIT_SORT_KEYS.join(', ')}), - first to sort down`;

const sortValue: UrlValue<{ key: FitSortKey; descending: boolean }> = (raw) => {
  const key = raw.replace(/^-/, '');
  return (FIT_SORT_KEYS as readonly string[]).includes(key)
    ? { ok: true, value: { key: key as FitSortKey, descending: raw.startsWith('-') } }
    : fail(SORT_RULE);
};

/** Every "What can I run" field, in the order the link writes them. */
export const FITS_URL_FIELDS: readonly UrlField<FitsChoices>[] = [
  gpusField,
  urlField<FitsChoices['fit'], FitsChoices>(
    'crf',
    'What can I run: fits on',
    oneOf(FIT_FILTERS),
    (into, fit) => {
      into.fit = fit;
    },
    (from) => (from.fit === FITS_DEFAULTS.fit ? undefined : from.fit),
  ),
  urlField<FormatId, FitsChoices>(
    'crd',
    'What can I run: weight format',
    formatValue,
    (into, format) => {
      into.format = format;
    },
    (from) => from.format ?? undefined,
  ),
  urlField<number, FitsChoices>(
    'crc',
    'What can I run: shortest context',
    contextValue,
    (into, context) => {
      into.minContext = context;
    },
    (from) => (from.minContext === null ? undefined : String(from.minContext)),
  ),
  urlField<string, FitsChoices>(
    'crm',
    'What can I run: model name contains',
    modelValue,
    (into, model) => {
      into.model = model;
    },
    (from) => (from.model === '' ? undefined : from.model),
  ),
  urlField<{ key: FitSortKey; descending: boolean }, FitsChoices>(
    'crs',
    'What can I run: sort',
    sortValue,
    (into, sort) => {
      into.sort = sort;
    },
    (from) =>
      sameValue(from.sort.key, FITS_DEFAULTS.sort.key) &&
      from.sort.descending === FITS_DEFAULTS.sort.descending
        ? undefined
        : `${from.sort.descending ? '-' : ''}${from.sort.key}`,
  ),
];
