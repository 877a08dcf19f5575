import { FORMAT_IDS } from '../../domain/formats/catalogue';
import { LORA_TARGETS } from '../../domain/linear-shapes';
import { OPTIMIZERS, type ZeroStage } from '../../domain/memory/model-states';
import { findGpuPreset } from '../../domain/presets/gpus';
import { findModelPreset } from '../../domain/presets/models';
import {
  DEFAULT_SCENARIO,
  FINETUNE_METHODS,
  KV_DTYPES,
  MAX_BATCH,
  MAX_SEQ_LEN,
  MAX_TRAINING_TOKENS,
  MODES,
  type Scenario,
} from '../../domain/scenario';
import { DEFAULT_UNIT } from '../../domain/units';
import type { CalculatorState } from '../calculator-store';
import {
  byteCount,
  flag,
  formatBytesForUrl,
  formatFlag,
  formatUrlNumber,
  numberBetween,
  oneOf,
  readValue,
  wholeNumber,
  type UrlValue,
} from './url-values';

/** One problem with the opened link: the query key and what was wrong, in plain words. */
export interface UrlIssue {
  key: string;
  reason: string;
}

/** One field's place in the link (version 1): its short key, its name in words, how it is read and written. */
export interface UrlField<S = CalculatorState> {
  key: string;
  label: string;
  /** Sets the field from its raw text; returns why it could not, leaving the default in place. */
  read: (raw: string, into: S) => string | null;
  /** The field's text, or undefined when it holds its default and is left out of the link. */
  write: (from: S) => string | undefined;
}

type ScalarKey = Exclude<keyof Scenario, 'model' | 'gpu'>;

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  return Object.is(a, b);
}

export function urlField<T, S = CalculatorState>(
  key: string,
  label: string,
  schema: UrlValue<T>,
  set: (into: S, value: T) => void,
  write: UrlField<S>['write'],
): UrlField<S> {
  return {
    key,
    label,
    read: (raw, into) => {
      const result = readValue(schema, raw);
      if (!result.ok) return result.reason;
      set(into, result.value);
      return null;
    },
    write,
  };
}

export function scenarioField<P extends ScalarKey>(
  key: string,
  prop: P,
  label: string,
  schema: UrlValue<Scenario[P]>,
  format: (value: Scenario[P]) => string,
): UrlField {
  return urlField(
    key,
    label,
    schema,
    (into, value) => {
      into.scenario[prop] = value;
    },
    ({ scenario }) =>
      sameValue(scenario[prop], DEFAULT_SCENARIO[prop]) ? undefined : format(scenario[prop]),
  );
}

const text = (value: string): string => value;
const presetId =
  (find: (id: string) => unknown, what: string): UrlValue<string> =>
  (id) =>
    find(id) !== undefined
      ? { ok: true, value: id }
      : { ok: false, message: `is not a ${what} this calculator knows` };

const stages = oneOf(['0', '1', '2', '3']);
const zeroStage: UrlValue<ZeroStage> = (raw) => {
  const stage = stages(raw);
  return stage.ok ? { ok: true, value: Number(stage.value) as ZeroStage } : stage;
};
const loraTarget = oneOf(LORA_TARGETS);
const loraTargets: UrlValue<Scenario['loraTargets']> = (list) => {
  const targets = list === '' ? [] : list.split(',');
  return targets.every((target) => loraTarget(target).ok)
    ? { ok: true, value: targets as Scenario['loraTargets'] }
    : {
        ok: false,
        message: `must list projections from ${LORA_TARGETS.join(', ')}, separated by commas`,
      };
};

const modelPreset = urlField(
  'm',
  'Model',
  presetId(findModelPreset, 'model preset'),
  (into, id) => {
    into.scenario.model = id;
  },
  ({ scenario }) =>
    typeof scenario.model === 'string' && scenario.model !== DEFAULT_SCENARIO.model
      ? scenario.model
      : undefined,
);

const gpuPreset = urlField(
  'g',
  'GPU',
  presetId(findGpuPreset, 'GPU preset'),
  (into, id) => {
    into.scenario.gpu = id;
  },
  ({ scenario }) =>
    typeof scenario.gpu === 'string' && scenario.gpu !== DEFAULT_SCENARIO.gpu
      ? scenario.gpu
      : undefined,
);

const unit = urlField(
  'u',
  'Memory unit',
  oneOf(['GB', 'GiB']),
  (into, value) => {
    into.unit = value;
  },
  (state) => (state.unit === DEFAULT_UNIT ? undefined : state.unit),
);

/** Every preset and scalar field, in the order the link writes them. Custom model and GPU fields are in custom-spec-schema.ts. */
export const URL_FIELDS: readonly UrlField[] = [
  modelPreset,
  gpuPreset,
  scenarioField('mo', 'mode', 'Mode', oneOf(MODES), text),
  scenarioField('dt', 'dtype', 'Weight dtype', oneOf(FORMAT_IDS), text),
  scenarioField('wa', 'weightAccounting', 'Weight accounting', oneOf(['naive', 'realistic']), text),
  scenarioField('b', 'batch', 'Batch size', wholeNumber(1, MAX_BATCH), formatUrlNumber),
  scenarioField('s', 'seqLen', 'Sequence length', wholeNumber(1, MAX_SEQ_LEN), formatUrlNumber),
  scenarioField(
    'gen',
    'generatedTokens',
    'Generated tokens',
    wholeNumber(0, MAX_SEQ_LEN),
    formatUrlNumber,
  ),
  scenarioField('opt', 'optimizer', 'Optimizer', oneOf(OPTIMIZERS), text),
  scenarioField('gr', 'gradients', 'Gradient dtype', oneOf(['same', 'fp32']), text),
  scenarioField(
    'rc',
    'recompute',
    'Activation recomputation',
    oneOf(['none', 'selective', 'full']),
    text,
  ),
  scenarioField('at', 'attention', 'Attention kernel', oneOf(['eager', 'fused']), text),
  scenarioField('do', 'dropout', 'Dropout', flag, formatFlag),
  scenarioField('ft', 'finetuneMethod', 'Fine-tuning method', oneOf(FINETUNE_METHODS), text),
  scenarioField('lr', 'loraRank', 'LoRA rank', wholeNumber(1, 65_536), formatUrlNumber),
  scenarioField('lt', 'loraTargets', 'LoRA target projections', loraTargets, (targets) =>
    targets.join(','),
  ),
  scenarioField('ad', 'adapterDtype', 'Adapter dtype', oneOf(['bf16', 'fp32']), text),
  scenarioField('kv', 'kvDtype', 'KV-cache dtype', oneOf(KV_DTYPES), text),
  scenarioField('lay', 'layout', 'Layout', oneOf(['auto', 'manual']), text),
  scenarioField('z', 'zeroStage', 'ZeRO stage', zeroStage, String),
  scenarioField(
    'tp',
    'tensorParallel',
    'Tensor-parallel size',
    wholeNumber(1, 1024),
    formatUrlNumber,
  ),
  scenarioField(
    'pp',
    'pipelineParallel',
    'Pipeline stages',
    wholeNumber(1, 100_000),
    formatUrlNumber,
  ),
  scenarioField(
    'dp',
    'dataParallel',
    'Data-parallel size',
    wholeNumber(1, 1_000_000),
    formatUrlNumber,
  ),
  scenarioField('sp', 'sequenceParallel', 'Sequence parallelism', flag, formatFlag),
  scenarioField(
    'oh',
    'overheadBytes',
    'Runtime overhead per GPU',
    byteCount(0, 1e15, 'a size from 0 to 1 PB, in bytes or with a unit such as 1.5GiB'),
    formatBytesForUrl,
  ),
  scenarioField(
    'sm',
    'safetyMargin',
    'Safety margin',
    numberBetween(0, 0.9, 'a fraction from 0 to 0.9'),
    formatUrlNumber,
  ),
  scenarioField(
    'ut',
    'utilization',
    'Utilisation',
    numberBetween(0.01, 1, 'a fraction from 0.01 to 1'),
    formatUrlNumber,
  ),
  scenarioField(
    'tt',
    'trainingTokens',
    'Training token budget',
    wholeNumber(1, MAX_TRAINING_TOKENS),
    formatUrlNumber,
  ),
  unit,
];
