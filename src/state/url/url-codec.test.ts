import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../domain/model';
import { findModelPreset } from '../../domain/presets/models';
import { freshScenario, DEFAULT_SCENARIO } from '../../domain/scenario';
import type { CalculatorState } from '../calculator-store';
import { CUSTOM_MODEL_CODEC } from './custom-spec-schema';
import { decodeUrl, encodeUrl, shareUrl } from './url-codec';
import { migrateParams } from './url-migrations';
import { formatBytesForUrl, formatUrlNumber } from './url-values';
import { CUSTOM_GPU_CODEC } from './custom-gpu-schema';
import { describeUrlKey } from './url-key-names';

const defaults = (): CalculatorState => ({
  scenario: freshScenario(),
  unit: 'GiB',
});
const mixtral = findModelPreset('mixtral-8x7b')?.model as ModelSpec;

describe('encodeUrl', () => {
  it('writes only the version for the defaults', () => {
    expect(encodeUrl(defaults())).toBe('v=1');
  });

  it('leaves defaults out and keeps values readable', () => {
    const state = defaults();
    state.scenario = {
      ...state.scenario,
      model: 'llama-2-13b',
      batch: 4,
      loraTargets: ['q', 'v'],
      overheadBytes: 1.5 * 2 ** 30,
    };
    state.unit = 'GB';
    expect(encodeUrl(state)).toBe('v=1&m=llama-2-13b&b=4&lt=q,v&oh=1.5GiB&u=GB');
  });

  it('writes the training token budget in exponent form where that is shorter', () => {
    const state = defaults();
    state.scenario.trainingTokens = 2e12;
    expect(encodeUrl(state)).toBe('v=1&tt=2e12');
    state.scenario.trainingTokens = 123_456_789;
    expect(encodeUrl(state)).toBe('v=1&tt=123456789');
  });

  it('writes a custom model as m.* fields, leaving out the ones that follow from the others', () => {
    const state = defaults();
    state.scenario.model = { ...mixtral, name: 'My Mixtral / v2' };
    expect(encodeUrl(state)).toBe(
      'v=1&m.name=My+Mixtral+/+v2&m.layers=32&m.hidden=4096&m.heads=32&m.kvHeads=8&m.intermediate=14336&m.vocab=32000' +
        '&m.maxPositions=32768&m.experts=8&m.expertsPerToken=2',
    );
  });

  it('escapes what would break the query and survives half an emoji', () => {
    const state = defaults();
    state.scenario.model = { ...mixtral, name: 'a&b=c+d#e%f \uD83D' };
    const decoded = decodeUrl(encodeUrl(state));
    expect(decoded.issues).toEqual([]);
    expect((decoded.scenario.model as ModelSpec).name).toBe('a&b=c+d#e%f \uFFFD');
  });

  it('builds the full address from origin and path', () => {
    const state = defaults();
    state.scenario.batch = 2;
    expect(shareUrl(state, { origin: 'https://example.org', pathname: '/calc/' })).toBe(
      'https://example.org/calc/?v=1&b=2',
    );
  });
});

describe('custom specs', () => {
  it('give every field of a model and a GPU a key', () => {
    const modelFields = Object.keys(CUSTOM_MODEL_CODEC.defaults(CUSTOM_MODEL_CODEC.fallback));
    expect(CUSTOM_MODEL_CODEC.fields.map((field) => field.prop).sort()).toEqual(modelFields.sort());
    expect(modelFields.sort()).toEqual(Object.keys(mixtral).sort());
    const gpuFields = Object.keys(CUSTOM_GPU_CODEC.defaults(CUSTOM_GPU_CODEC.fallback));
    expect(CUSTOM_GPU_CODEC.fields.map((field) => field.prop).sort()).toEqual(gpuFields.sort());
  });
});

describe('URL numbers', () => {
  it.each([
    [4096, '4096'],
    [1e6, '1e6'],
    [1.008e12, '1.008e12'],
    [0.4, '0.4'],
    [-0, '-0'],
    [Number.NaN, 'NaN'],
  ])('%s → %s', (value, text) => {
    expect(formatUrlNumber(value)).toBe(text);
  });

  it.each([
    [2 ** 30, '1GiB'],
    [24564 * 2 ** 20, '24564MiB'],
    [123_456_789, '123456789'],
  ])('bytes %s → %s', (bytes, text) => {
    expect(formatBytesForUrl(bytes)).toBe(text);
  });

  it.each([
    ['oh=1.5GB', 1.5e9],
    ['oh=2+gib', 2 * 2 ** 30],
    ['oh=100MB', 1e8],
  ])('reads %s', (link, bytes) => {
    expect(decodeUrl(link).scenario.overheadBytes).toBe(bytes);
  });
});

describe('decodeUrl with bad input', () => {
  it.each([
    ['b=abc', 'b', 'batch', /is not a number, got "abc"/],
    ['b=0', 'b', 'batch', /whole number from 1 to 1,000,000/],
    ['b=2.5', 'b', 'batch', /whole number/],
    ['b=1e400', 'b', 'batch', /whole number/],
    ['b=0x10', 'b', 'batch', /is not a number/],
    ['b=', 'b', 'batch', /is not a number/],
    ['mo=sleeping', 'mo', 'mode', /must be one of training, finetune, inference/],
    ['m=gpt-9', 'm', 'model', /not a model preset this calculator knows/],
    ['g=toaster', 'g', 'gpu', /not a GPU preset/],
    ['do=yes', 'do', 'dropout', /1 \(on\) or 0 \(off\)/],
    ['lt=q,x', 'lt', 'loraTargets', /must list projections/],
    ['oh=3furlongs', 'oh', 'overheadBytes', /unknown unit/],
    ['oh=-1GiB', 'oh', 'overheadBytes', /from 0 to 1 PB/],
    ['sm=0.95', 'sm', 'safetyMargin', /fraction from 0 to 0.9/],
    ['z=4', 'z', 'zeroStage', /one of 0, 1, 2, 3/],
    ['tt=0', 'tt', 'trainingTokens', /whole number from 1 to 1,000,000,000,000,000/],
    ['tt=2T', 'tt', 'trainingTokens', /is not a number/],
    ['dt=gguf-q9_k', 'dt', 'dtype', /must be one of fp32, bf16, .*gguf-q4_k_m/],
  ] as const)('%s resets %s', (link, key, field, reason) => {
    const decoded = decodeUrl(`v=1&${link}&s=4096`);
    expect(decoded.scenario[field]).toEqual(DEFAULT_SCENARIO[field]);
    expect(decoded.scenario.seqLen).toBe(4096);
    expect(decoded.issues).toEqual([{ key, reason: expect.stringMatching(reason) }]);
  });

  it('reports and ignores unknown keys, including unknown custom-model fields', () => {
    const decoded = decodeUrl('v=1&colour=red&m.wings=2&b=2');
    expect(decoded.scenario.batch).toBe(2);
    expect(decoded.scenario.model).toBe(DEFAULT_SCENARIO.model);
    expect(decoded.issues.map((issue) => issue.key)).toEqual(['colour', 'm.wings']);
  });

  it('uses the first of repeated keys', () => {
    const decoded = decodeUrl('b=2&b=3');
    expect(decoded.scenario.batch).toBe(2);
    expect(decoded.issues).toEqual([{ key: 'b', reason: expect.stringMatching(/more than once/) }]);
  });

  it('fills a custom model’s missing or bad fields and says which', () => {
    const decoded = decodeUrl('m.name=Half&m.layers=many&m.hidden=1024&m.heads=16');
    expect(decoded.scenario.model).toMatchObject({
      name: 'Half',
      layers: 32,
      hidden: 1024,
      heads: 16,
      kvHeads: 16,
      headDim: 64,
    });
    expect(decoded.issues.map((issue) => issue.key)).toEqual([
      'm.layers',
      'm.intermediate',
      'm.vocab',
    ]);
  });

  it('prefers a custom model over a preset id and says the id was ignored', () => {
    const decoded = decodeUrl(
      'm=llama-2-13b&m.name=X&m.layers=2&m.hidden=64&m.heads=4&m.intermediate=128&m.vocab=100',
    );
    expect(decoded.scenario.model).toMatchObject({ name: 'X', layers: 2 });
    expect(decoded.issues).toEqual([
      { key: 'm', reason: expect.stringMatching(/also describes a custom model/) },
    ]);
  });

  it('names the custom GPU that overrides a GPU preset', () => {
    const decoded = decodeUrl(
      'g=rtx-3090&g.name=G&g.memoryBytes=8GiB&g.labelGB=8&g.bandwidthBytesPerSecond=1e11&g.peakFlops=1e13',
    );
    expect(decoded.scenario.gpu).toMatchObject({
      name: 'G',
      memoryBytes: 8 * 2 ** 30,
      gpusPerNode: 8,
    });
    expect(decoded.issues).toEqual([
      { key: 'g', reason: 'was ignored because the link also describes a custom GPU' },
    ]);
  });

  it('falls back to every default for a link from a newer version', () => {
    const decoded = decodeUrl('v=2&b=8&whatever=1');
    expect(decoded.scenario).toEqual(DEFAULT_SCENARIO);
    expect(decoded.issues).toEqual([{ key: 'v', reason: expect.stringMatching(/newer version/) }]);
  });

  it('reads a malformed version as version 1 and says so', () => {
    const decoded = decodeUrl('v=one&b=8');
    expect(decoded.scenario.batch).toBe(8);
    expect(decoded.issues).toEqual([
      { key: 'v', reason: expect.stringMatching(/read as version 1/) },
    ]);
  });

  it('never throws on broken percent-encoding or odd keys', () => {
    for (const link of ['%', '%E0%A4%A', '=&=&', '__proto__=1&constructor=2', '?&&?b=2', '#b=2']) {
      expect(() => decodeUrl(link)).not.toThrow();
    }
    expect(decodeUrl('__proto__=1').issues).toEqual([
      { key: '__proto__', reason: expect.any(String) },
    ]);
  });
});

describe('migrateParams', () => {
  const renameBatch = {
    1: (params: readonly (readonly [string, string])[]) =>
      params.map(([key, value]) => [key === 'bs' ? 'b' : key, value] as const),
  };

  it('runs each migration from the link’s version to the current one', () => {
    expect(migrateParams([['bs', '4']], '1', renameBatch, 2)).toEqual({
      ok: true,
      params: [['b', '4']],
      issues: [],
    });
    expect(migrateParams([['bs', '4']], undefined, renameBatch, 2)).toMatchObject({
      ok: true,
      params: [['b', '4']],
    });
    expect(migrateParams([['b', '4']], '2', renameBatch, 2)).toMatchObject({
      ok: true,
      params: [['b', '4']],
    });
  });

  it('refuses a version newer than the current one', () => {
    expect(migrateParams([['b', '4']], '3', renameBatch, 2)).toMatchObject({ ok: false });
  });
});

describe('describeUrlKey', () => {
  it.each([
    ['b', 'Batch size (b)'],
    ['m.kvHeads', 'Custom model: key/value heads (m.kvHeads)'],
    ['g.memoryBytes', 'Custom GPU: memory (g.memoryBytes)'],
    ['v', 'Link version (v)'],
    ['colour', 'Unknown setting "colour"'],
  ])('%s → %s', (key, words) => {
    expect(describeUrlKey(key)).toBe(words);
  });
});
