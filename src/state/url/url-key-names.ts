import { FITS_URL_FIELDS } from './fits-link';
import { findSpecField, type CustomSpecCodec } from './custom-spec';
import { CUSTOM_GPU_CODEC } from './custom-gpu-schema';
import { CUSTOM_MODEL_CODEC } from './custom-spec-schema';
import { HUB_KEY_LABELS } from './hub-link';
import { PRICE_KEY } from './price-link';
import { SAMPLING_URL_FIELDS } from './sampling-link';
import { SERVING_URL_FIELDS } from './serving-link';
import { LINK_FIELDS } from './training-url-fields';
import { quote } from './url-values';

export const VERSION_KEY = 'v';
/** `cmp=<the pinned scenario's own link, encoded>`: the scenario A the current one is compared with. */
export const COMPARE_KEY = 'cmp';

const FIELD_LABELS: ReadonlyMap<string, string> = new Map(
  [...LINK_FIELDS, ...SERVING_URL_FIELDS, ...SAMPLING_URL_FIELDS, ...FITS_URL_FIELDS].map(
    (field) => [field.key, field.label],
  ),
);

function describeSpecKey<S>(
  codec: Pick<CustomSpecCodec<S>, 'prefix' | 'label' | 'fields'>,
  key: string,
): string | undefined {
  const field = key.startsWith(codec.prefix)
    ? findSpecField(codec, key.slice(codec.prefix.length))
    : undefined;
  return field ? `${codec.label}: ${field.label} (${key})` : undefined;
}

/** A link key in plain words for the notice: "Batch size (b)", "Custom model: layers (m.layers)". */
export function describeUrlKey(key: string): string {
  if (key === VERSION_KEY) return 'Link version (v)';
  if (key === COMPARE_KEY) return 'Compared scenario (cmp)';
  if (key === PRICE_KEY) return 'Prices per GPU-hour (pr)';
  const hubLabel = HUB_KEY_LABELS[key];
  if (hubLabel) return `${hubLabel} (${key})`;
  const label = FIELD_LABELS.get(key);
  if (label) return `${label} (${key})`;
  const custom = describeSpecKey(CUSTOM_MODEL_CODEC, key) ?? describeSpecKey(CUSTOM_GPU_CODEC, key);
  if (custom) return custom;
  return `Unknown setting ${quote(key)}`;
}
