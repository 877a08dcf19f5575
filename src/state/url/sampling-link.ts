import { formatInteger, formatNumber } from '../../lib/format';
import { SAMPLING_DEFAULTS, type SamplingChoices } from '../sampling-store';
import { sameValue, urlField, type UrlField } from './url-schema';
import {
  encodeComponent,
  formatUrlNumber,
  numberBetween,
  wholeNumber,
  type UrlValue,
} from './url-values';
import { SAMPLING_LIMITS } from '../../domain/sampling';

/**
 * The sampling explorer's choices in the link, under keys starting with `x` (no other key does).
 * The limits are the store's (SAMPLING_LIMITS, checked by samplingChoiceIssues), so every choice
 * the panel accepts comes back unchanged, except a pasted list too long for a link, which is left
 * out; nothing the panel rejects is read from a link.
 */

/**
 * The longest pasted list a link carries, counted as written in the link (tabs, line breaks and
 * most punctuation take three characters there). With the other choices, and names of ordinary
 * length, the address stays under the 8 KB that many web servers take; a longer one would be
 * refused before the page could load.
 */
export const MAX_LINK_LIST_LENGTH = 6_000;

/** How many characters a pasted list takes in a link. */
export const linkListLength = (text: string): number => encodeComponent(text).length;

/** Whether a link can carry this pasted list; Copy link and the address leave a longer one out. */
export const listFitsLink = (text: string): boolean => linkListLength(text) <= MAX_LINK_LIST_LENGTH;

const fraction = (limits: { min: number; max: number }) =>
  numberBetween(
    limits.min,
    limits.max,
    `a number from ${formatNumber(limits.min)} to ${formatNumber(limits.max)}`,
  );

function choiceField<P extends Exclude<keyof SamplingChoices, 'source' | 'customText'>>(
  key: string,
  prop: P,
  label: string,
  schema: UrlValue<SamplingChoices[P]>,
): UrlField<SamplingChoices> {
  return urlField<SamplingChoices[P], SamplingChoices>(
    key,
    label,
    schema,
    (into, value) => {
      into[prop] = value;
    },
    (from) =>
      sameValue(from[prop], SAMPLING_DEFAULTS[prop]) ? undefined : formatUrlNumber(from[prop]),
  );
}

/** The pasted list; its presence means the list is the chosen distribution. */
const pastedList: UrlField<SamplingChoices> = {
  key: 'xl',
  label: 'Sampling: pasted tokens and logits',
  // Not readValue: quoting the start of a list says nothing about why it was refused.
  read: (raw, into) => {
    const length = linkListLength(raw);
    if (length > MAX_LINK_LIST_LENGTH)
      return `is ${formatInteger(length)} characters long in a link, more than the ${formatInteger(MAX_LINK_LIST_LENGTH)} a link carries; the built-in example is shown instead`;
    into.customText = raw;
    into.source = 'custom';
    return null;
  },
  // A list kept aside while the example is chosen stays out of the link: it would not be on screen.
  // A list too long for a link stays out too; Copy link and the list's own hint say so.
  write: (from) =>
    from.source === 'custom' && listFitsLink(from.customText) ? from.customText : undefined,
};

/** Every sampling field, in the order the link writes them. */
export const SAMPLING_URL_FIELDS: readonly UrlField<SamplingChoices>[] = [
  choiceField(
    'xt',
    'temperature',
    'Sampling: temperature (T)',
    fraction(SAMPLING_LIMITS.temperature),
  ),
  choiceField(
    'xk',
    'topK',
    'Sampling: top-k (K)',
    wholeNumber(SAMPLING_LIMITS.topK.min, SAMPLING_LIMITS.topK.max),
  ),
  choiceField('xp', 'topP', 'Sampling: top-p (P)', fraction(SAMPLING_LIMITS.topP)),
  pastedList,
  choiceField(
    'xn',
    'drawCount',
    'Sampling: tokens to draw',
    wholeNumber(SAMPLING_LIMITS.drawCount.min, SAMPLING_LIMITS.drawCount.max),
  ),
  choiceField(
    'xr',
    'seed',
    'Sampling: seed',
    wholeNumber(SAMPLING_LIMITS.seed.min, SAMPLING_LIMITS.seed.max),
  ),
];

export const defaultSamplingChoices = (): SamplingChoices => ({ ...SAMPLING_DEFAULTS });
