import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../domain/estimate';
import { DEFAULT_SCENARIO } from '../../domain/scenario';
import { FAMILY_RULES } from '../../hub/family-rules';
import { hubConfigSchema } from '../../hub/hub-config-schema';
import { isHubError } from '../../hub/hub-errors';
import { importConfigText } from '../../hub/import-config';
import type { HubModelImport } from '../../hub/to-model-spec';
import { expectDisplayableEstimate } from './finite-estimate';
import { assertFuzz, FUZZ_TIMEOUT_MS } from './fuzz-runs';
import { hostileText } from './hostile-values';
import { validateModel } from '../../domain/model-validation';

const CONFIG_KEYS = Object.keys(hubConfigSchema.shape);

/** JSON values as a config may hold them, 1e400 (which parses to Infinity) and -0 included. */
const jsonNumberText = fc.oneof(
  fc.constantFrom('0', '-0', '1', '-1', '0.5', '1e300', '1e400', '-1e400', '4096', '32', '1e-400'),
  fc.integer({ min: -10, max: 300_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
);
const jsonLeafText = fc.oneof(
  jsonNumberText,
  hostileText.map((text) => JSON.stringify(text)),
  fc.constantFrom('null', 'true', 'false', '[]', '{}', '[1,2]', '{"a":1}'),
);

/** A config-shaped object: real keys (and a real or invented model_type) with the values given. */
const configLike = (value: fc.Arbitrary<string>, maxPairs: number) =>
  fc
    .tuple(
      fc.constantFrom(...Object.keys(FAMILY_RULES), 'unknown_arch', ''),
      fc.array(fc.tuple(fc.constantFrom(...CONFIG_KEYS), value), { maxLength: maxPairs }),
      fc.boolean(),
    )
    .map(([modelType, pairs, nest]) => {
      const body = [
        `"model_type":${JSON.stringify(modelType)}`,
        '"num_hidden_layers":32',
        '"hidden_size":4096',
        '"num_attention_heads":32',
        '"vocab_size":32000',
        ...pairs.map(([key, text]) => `${JSON.stringify(key)}:${text}`),
      ].join(',');
      // JSON.parse keeps the last of repeated keys, so the generated values override the sane ones.
      return nest ? `{"model_type":"llava","text_config":{${body}}}` : `{${body}}`;
    });

/** Plausible values, so that many configs import and their models reach the engine. */
const plausibleValue = fc.oneof(
  fc.integer({ min: 0, max: 70_000 }).map(String),
  fc.constantFrom('true', 'false', 'null', '"bfloat16"', '{"quant_method":"gptq","bits":4}'),
);
const hostileConfig = configLike(jsonLeafText, 14);

const anyJson = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  { arbitrary: configLike(plausibleValue, 3), weight: 4 },
  hostileConfig,
  hostileConfig.map((text) => text.slice(0, Math.floor(text.length / 2))),
);

/** Either a model the engine accepts and sizes to finite numbers, or a HubError; nothing else. */
function checkImport(text: string): void {
  let imported: HubModelImport;
  try {
    imported = importConfigText(text, 'fuzzed/model');
  } catch (error) {
    expect(isHubError(error), String(error)).toBe(true);
    expect((error as Error).message).not.toBe('');
    return;
  }
  expect(validateModel(imported.model)).toEqual([]);
  expectDisplayableEstimate(
    estimate({ ...DEFAULT_SCENARIO, mode: 'inference', model: imported.model }),
  );
}

describe('fuzz: a pasted config.json', () => {
  it(
    'arbitrary JSON and text give a valid model or a typed HubError',
    () => {
      assertFuzz('pasted config: arbitrary JSON and text', anyJson, checkImport, 500);
    },
    FUZZ_TIMEOUT_MS,
  );
});
