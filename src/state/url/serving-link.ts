import { DEFAULT_SCENARIO, MAX_BATCH, MAX_SEQ_LEN, type Scenario } from '../../domain/scenario';
import { ENGINES, SERVING_ENTRIES } from '../../domain/serving/engines';
import {
  MAX_BATCHED_TOKENS,
  MAX_GPU_LAYERS,
  MAX_TARGET_TOKENS_PER_SECOND,
} from '../../domain/serving/serving-settings';
import { sameValue, urlField, type UrlField } from './url-schema';
import {
  flag,
  formatFlag,
  formatUrlNumber,
  numberBetween,
  oneOf,
  wholeNumber,
  type UrlValue,
} from './url-values';

type ServingKey =
  | 'engine'
  | 'memoryFraction'
  | 'maxModelLen'
  | 'maxNumBatchedTokens'
  | 'maxNumSeqs'
  | 'servingEntry'
  | 'cudaGraphs'
  | 'bandwidthEfficiency'
  | 'gpuLayers'
  | 'targetTokensPerSecond';

/** One serving setting's key: read into the scenario, left out at its default. */
function servingField<P extends ServingKey>(
  key: string,
  prop: P,
  label: string,
  schema: UrlValue<Scenario[P]>,
  format: (value: NonNullable<Scenario[P]>) => string,
): UrlField {
  return urlField(
    key,
    label,
    schema,
    (into, value) => {
      into.scenario[prop] = value;
    },
    ({ scenario }) => {
      const value = scenario[prop];
      return sameValue(value, DEFAULT_SCENARIO[prop]) || value === null ? undefined : format(value);
    },
  );
}

/** "auto" is the engine's default (null); anything else must pass `schema`, whose message is kept. */
const orAuto =
  <T>(read: UrlValue<T>): UrlValue<T | null> =>
  (raw) =>
    raw === 'auto' ? { ok: true, value: null } : read(raw);

/**
 * The serving engine and its settings (docs/share-link.md): short keys, left out at their
 * defaults, each validated on its own like every other key.
 */
export const SERVING_URL_FIELDS: readonly UrlField[] = [
  servingField('en', 'engine', 'Serving engine', oneOf(ENGINES), String),
  servingField(
    'mf',
    'memoryFraction',
    'Engine memory fraction',
    orAuto(numberBetween(0.01, 1, 'auto or a fraction from 0.01 to 1')),
    formatUrlNumber,
  ),
  servingField(
    'mml',
    'maxModelLen',
    'Max model length',
    orAuto(wholeNumber(1, MAX_SEQ_LEN)),
    formatUrlNumber,
  ),
  servingField(
    'mbt',
    'maxNumBatchedTokens',
    'Max batched tokens',
    orAuto(wholeNumber(1, MAX_BATCHED_TOKENS)),
    formatUrlNumber,
  ),
  servingField(
    'mns',
    'maxNumSeqs',
    'Max running sequences',
    orAuto(wholeNumber(1, MAX_BATCH)),
    formatUrlNumber,
  ),
  servingField('ep', 'servingEntry', 'vLLM entry point', oneOf(SERVING_ENTRIES), String),
  servingField('cg', 'cudaGraphs', 'CUDA graphs', flag, formatFlag),
  servingField(
    'bw',
    'bandwidthEfficiency',
    'Decode bandwidth efficiency',
    orAuto(numberBetween(0.01, 1, 'auto or a fraction from 0.01 to 1')),
    formatUrlNumber,
  ),
  servingField(
    'ngl',
    'gpuLayers',
    'llama.cpp GPU layers',
    orAuto(wholeNumber(0, MAX_GPU_LAYERS)),
    formatUrlNumber,
  ),
  servingField(
    'tps',
    'targetTokensPerSecond',
    'Target throughput',
    numberBetween(0, MAX_TARGET_TOKENS_PER_SECOND, 'a number of tokens per second from 0 to 1e12'),
    formatUrlNumber,
  ),
];
