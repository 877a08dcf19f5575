import { freshScenario, DEFAULT_SCENARIO } from '../../domain/scenario';
import { DEFAULT_UNIT } from '../../domain/units';
import type { CalculatorState } from '../calculator-store';
import type { SamplingChoices } from '../sampling-store';
import {
  decodeCustomSpec,
  encodeCustomSpec,
  findSpecField,
  type CustomSpecCodec,
} from './custom-spec';
import { CUSTOM_MODEL_CODEC } from './custom-spec-schema';
import {
  encodeHubSource,
  HUB_KEY,
  HUB_REVISION_KEY,
  readHubEdits,
  readHubReference,
} from './hub-link';
import { defaultSamplingChoices, SAMPLING_URL_FIELDS } from './sampling-link';
import { CURRENT_URL_VERSION, migrateParams, type UrlParams } from './url-migrations';
import { SERVING_URL_FIELDS } from './serving-link';
import { LINK_FIELDS } from './training-url-fields';
import { type UrlField, type UrlIssue } from './url-schema';
import { encodeComponent } from './url-values';
import { CUSTOM_GPU_CODEC } from './custom-gpu-schema';
import { PRICE_KEY, readPrices, writePrices } from './price-link';
import { COMPARE_KEY, describeUrlKey, VERSION_KEY } from './url-key-names';
import { FITS_URL_FIELDS } from './fits-link';
import { freshFitsChoices, type FitsChoices } from '../fits-choices';

/** Everything a link carries: the calculator's choices and, where given, the sampling explorer's. */
export interface LinkState extends CalculatorState {
  /** Left out, the link carries no sampling keys (the exports describe an estimate, not the explorer). */
  sampling?: SamplingChoices | undefined;
}

/** What a link holds: the choices, and every field that could not be used and was reset or ignored. */
export interface DecodedLink extends CalculatorState {
  sampling: SamplingChoices;
  issues: UrlIssue[];
}

/** Every calculator key in the order the link writes them; the serving engine's come last. */
const CALCULATOR_FIELDS: readonly UrlField[] = [...LINK_FIELDS, ...SERVING_URL_FIELDS];
const FIELDS_BY_KEY: ReadonlyMap<string, UrlField> = new Map(
  CALCULATOR_FIELDS.map((field) => [field.key, field]),
);
const SAMPLING_FIELDS_BY_KEY: ReadonlyMap<string, UrlField<SamplingChoices>> = new Map(
  SAMPLING_URL_FIELDS.map((field) => [field.key, field]),
);
const FITS_FIELDS_BY_KEY: ReadonlyMap<string, UrlField<FitsChoices>> = new Map(
  FITS_URL_FIELDS.map((field) => [field.key, field]),
);
const CUSTOM_PREFIXES = [CUSTOM_MODEL_CODEC.prefix, CUSTOM_GPU_CODEC.prefix];
const UNKNOWN = 'is not a setting this calculator knows; it was ignored';
const HUB_OVERRIDES_PRESET = `was ignored because the link names a Hugging Face model (${HUB_KEY})`;

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

const defaultState = (): CalculatorState => ({
  scenario: freshScenario(),
  unit: DEFAULT_UNIT,
});

/** Each key once, in order; later repeats are reported. */
function readParams(search: string): {
  params: [string, string][];
  version: string | undefined;
  issues: UrlIssue[];
} {
  const params: [string, string][] = [];
  const seen = new Set<string>();
  const issues: UrlIssue[] = [];
  let version: string | undefined;
  for (const [key, value] of new URLSearchParams(search)) {
    if (seen.has(key)) {
      issues.push({ key, reason: 'appears more than once; the first value was used' });
      continue;
    }
    seen.add(key);
    if (key === VERSION_KEY) version = value;
    else params.push([key, value]);
  }
  return { params, version, issues };
}

/** The known fields under the codec's prefix, keyed without it; unknown ones are reported. */
function customParams<S>(
  codec: Pick<CustomSpecCodec<S>, 'prefix' | 'fields'>,
  params: UrlParams,
  issues: UrlIssue[],
): Map<string, string> {
  const raw = new Map<string, string>();
  for (const [key, value] of params) {
    if (!key.startsWith(codec.prefix)) continue;
    const prop = key.slice(codec.prefix.length);
    if (findSpecField(codec, prop)) raw.set(prop, value);
    else issues.push({ key, reason: UNKNOWN });
  }
  return raw;
}

/** The custom spec the link describes under the codec's prefix, if any; it wins over the preset key. */
function decodeCustom<S, R extends keyof S & string>(
  codec: CustomSpecCodec<S, R>,
  presetKey: string,
  params: UrlParams,
  issues: UrlIssue[],
): S | undefined {
  const raw = customParams(codec, params, issues);
  if (raw.size === 0) return undefined;
  const custom = decodeCustomSpec(codec, raw);
  issues.push(...custom.issues);
  if (
    params.some(([key]) => key === presetKey) &&
    !issues.some((issue) => issue.key === presetKey)
  ) {
    issues.push({
      key: presetKey,
      reason: `was ignored because the link also describes a ${lowerFirst(codec.label)}`,
    });
  }
  return custom.spec;
}

/** The pinned scenario a `cmp` value describes, its problems reported under `cmp` in its own words. */
function readPinned(value: string, issues: UrlIssue[]): CalculatorState['scenario'] {
  const nested = decodeUrl(value);
  for (const issue of nested.issues) {
    issues.push({
      key: COMPARE_KEY,
      reason: `(the compared scenario's ${lowerFirst(describeUrlKey(issue.key))}) ${issue.reason}`,
    });
  }
  return nested.scenario;
}

/**
 * Reads a query string (with or without "?") into the calculator's and the sampling explorer's
 * choices. Never throws: every malformed field keeps its default and every unknown key is ignored,
 * each reported as {key, reason}.
 */
export function decodeUrl(search: string): DecodedLink {
  const state = defaultState();
  const sampling = defaultSamplingChoices();
  const read = readParams(search);
  const migrated = migrateParams(read.params, read.version);
  if (!migrated.ok) return { ...state, sampling, issues: migrated.issues };
  const issues = [...migrated.issues, ...read.issues];
  const { params } = migrated;

  for (const [key, value] of params) {
    const field = FIELDS_BY_KEY.get(key);
    const samplingField = SAMPLING_FIELDS_BY_KEY.get(key);
    const fitsField = FITS_FIELDS_BY_KEY.get(key);
    if (field) {
      const reason = field.read(value, state);
      if (reason !== null) issues.push({ key, reason });
    } else if (samplingField) {
      const reason = samplingField.read(value, sampling);
      if (reason !== null) issues.push({ key, reason });
    } else if (fitsField) {
      const reason = fitsField.read(value, (state.fits ??= freshFitsChoices()));
      if (reason !== null) issues.push({ key, reason });
    } else if (key === COMPARE_KEY) {
      state.pinned = readPinned(value, issues);
    } else if (key === PRICE_KEY) {
      const read = readPrices(value);
      state.prices = read.prices;
      if (read.problem) issues.push({ key, reason: read.problem });
    } else if (
      key !== HUB_KEY &&
      key !== HUB_REVISION_KEY &&
      !CUSTOM_PREFIXES.some((prefix) => key.startsWith(prefix))
    ) {
      issues.push({ key, reason: UNKNOWN });
    }
  }

  // A Hub link keeps the default model until the page has fetched the import; m.* are edits on top.
  const hub = readHubReference(params, issues);
  if (hub) {
    const edits = readHubEdits(customParams(CUSTOM_MODEL_CODEC, params, issues), issues);
    state.hubSource = { ...hub, imported: null, edits };
    if (state.scenario.model !== DEFAULT_SCENARIO.model) {
      state.scenario.model = DEFAULT_SCENARIO.model;
      issues.push({ key: 'm', reason: HUB_OVERRIDES_PRESET });
    }
  } else {
    const model = decodeCustom(CUSTOM_MODEL_CODEC, 'm', params, issues);
    if (model) state.scenario.model = model;
  }
  const gpu = decodeCustom(CUSTOM_GPU_CODEC, 'g', params, issues);
  if (gpu) state.scenario.gpu = gpu;
  return { ...state, sampling, issues };
}

/**
 * The query string (without "?") for the choices: version first, then every field that differs
 * from its default, the sampling explorer's last. A model imported from the Hub is written as its
 * id and revision, not its numbers.
 */
export function encodeUrl({
  scenario,
  unit,
  hubSource,
  sampling,
  pinned,
  prices,
  fits,
}: LinkState): string {
  const state = { scenario, unit };
  const entries: [string, string][] = [[VERSION_KEY, String(CURRENT_URL_VERSION)]];
  for (const field of CALCULATOR_FIELDS) {
    if (field.key === 'm' && hubSource) {
      entries.push(...encodeHubSource(hubSource, scenario.model));
    } else if (field.key === 'm' && typeof scenario.model === 'object') {
      entries.push(...encodeCustomSpec(CUSTOM_MODEL_CODEC, scenario.model));
    } else if (field.key === 'g' && typeof scenario.gpu === 'object') {
      entries.push(...encodeCustomSpec(CUSTOM_GPU_CODEC, scenario.gpu));
    } else {
      const value = field.write(state);
      if (value !== undefined) entries.push([field.key, value]);
    }
  }
  if (pinned) entries.push([COMPARE_KEY, encodeUrl({ scenario: pinned, unit })]);
  const priceText = writePrices(prices);
  if (priceText !== undefined) entries.push([PRICE_KEY, priceText]);
  for (const field of fits ? FITS_URL_FIELDS : []) {
    const value = field.write(fits!);
    if (value !== undefined) entries.push([field.key, value]);
  }
  if (sampling) {
    for (const field of SAMPLING_URL_FIELDS) {
      const value = field.write(sampling);
      if (value !== undefined) entries.push([field.key, value]);
    }
  }
  return entries
    .map(([key, value]) => `${encodeComponent(key)}=${encodeComponent(value)}`)
    .join('&');
}

/** The full address that opens the page with these choices. */
export function shareUrl(
  state: LinkState,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  return `${location.origin}${location.pathname}?${encodeUrl(state)}`;
}
