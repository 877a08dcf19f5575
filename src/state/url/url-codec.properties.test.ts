import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateGpu, type GpuSpec } from '../../domain/gpu';
import { type ModelSpec } from '../../domain/model';
import { findGpuPreset } from '../../domain/presets/gpus';
import { findModelPreset } from '../../domain/presets/models';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { SAMPLING_DEFAULTS, samplingChoiceIssues, type SamplingChoices } from '../sampling-store';
import { arbitraryLinkState, arbitraryLinkWithSampling } from '../../test/url-arbitraries';
import { linkListLength, MAX_LINK_LIST_LENGTH, SAMPLING_URL_FIELDS } from './sampling-link';
import { decodeUrl, encodeUrl, shareUrl } from './url-codec';
import { LINK_FIELDS } from './training-url-fields';
import { formatUrlNumber } from './url-values';
import { validateScenario } from '../../domain/scenario-validation';
import { validateModel } from '../../domain/model-validation';

const query = (params: Record<string, string>): string => new URLSearchParams(params).toString();

const KNOWN_KEYS = [
  ...LINK_FIELDS.map((field) => field.key),
  ...SAMPLING_URL_FIELDS.map((field) => field.key),
  'v',
  'm.name',
  'm.layers',
  'm.heads',
  'g.name',
  'g.memoryBytes',
  'x',
];

/** Query strings built from real keys with random values, so most values reach a schema. */
const arbitraryLinkish = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KNOWN_KEYS),
      fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)),
    ),
    {
      maxLength: 12,
    },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&'));

describe('share link properties', () => {
  it('decodes every encoded valid state back to the same state, with no issues', () => {
    fc.assert(
      fc.property(arbitraryLinkState, (state) => {
        const decoded = decodeUrl(encodeUrl(state));
        expect(decoded.issues).toEqual([]);
        expect({ scenario: decoded.scenario, unit: decoded.unit }).toEqual(state);
        expect(decoded.sampling).toEqual(SAMPLING_DEFAULTS);
      }),
      { numRuns: 500 },
    );
  });

  it('carries the sampling explorer choices too, unchanged', () => {
    fc.assert(
      fc.property(arbitraryLinkWithSampling, (state) => {
        const decoded = decodeUrl(encodeUrl(state));
        expect(decoded.issues).toEqual([]);
        expect({
          scenario: decoded.scenario,
          unit: decoded.unit,
          sampling: decoded.sampling,
        }).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an address with the longest list a link carries, and names up to 30 characters, under the 8 KB many servers take', () => {
    // Four-byte characters: twelve characters each once written in a link.
    const longest = '\u{1F600}'.repeat(MAX_LINK_LIST_LENGTH / 12);
    expect(linkListLength(longest)).toBe(MAX_LINK_LIST_LENGTH);
    fc.assert(
      fc.property(arbitraryLinkWithSampling, (state) => {
        const sampling = { ...state.sampling, source: 'custom' as const, customText: longest };
        const address = shareUrl(
          { ...state, sampling },
          { origin: 'https://calculator.example.org', pathname: '/llm-gpu-memory/' },
        );
        expect(address.length).toBeLessThan(8_000);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any string, and re-encoding what it decoded is stable', () => {
    const anyQuery = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'binary-ascii' }),
      arbitraryLinkish,
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const once = encodeUrl(decodeUrl(query));
        const again = decodeUrl(once);
        expect(again.issues).toEqual([]);
        expect(encodeUrl(again)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * The link's per-field limits repeat the engine's per-field checks; these properties catch the two
 * drifting apart: a value passes the link's schema exactly when the engine finds nothing wrong with that field.
 */
describe('the link schema agrees with the engine, field by field', () => {
  const limits = [
    0, 0.01, 0.9, 1, 2, 16, 1000, 1024, 65_536, 100_000, 1e6, 1e7, 1e8, 1e9, 0xffff_ffff, 1e15,
    1e16, 1e19,
  ];
  // Every limit and its close neighbours, checked exhaustively; random numbers cover the rest.
  const nearLimits = limits.flatMap((limit) =>
    [-1, -0.001, 0, 0.001, 1].map((nudge) => limit + nudge * Math.max(1e-3, limit * 1e-3)),
  );
  const awkwardNumber = fc.oneof(
    fc.integer({ min: -10, max: 10 }),
    fc.integer({ min: -1, max: 2e9 }),
    fc.double({ min: -2, max: 2 }),
    fc.double(),
  );

  function expectAgreement(
    engineAccepts: (value: number) => boolean,
    linkAccepts: (value: number) => boolean,
  ): void {
    for (const value of nearLimits)
      expect(linkAccepts(value), `value ${value}`).toBe(engineAccepts(value));
    fc.assert(fc.property(awkwardNumber, (value) => linkAccepts(value) === engineAccepts(value)));
  }

  const scenarioNumbers: [string, keyof Scenario][] = [
    ['b', 'batch'],
    ['s', 'seqLen'],
    ['gen', 'generatedTokens'],
    ['lr', 'loraRank'],
    ['tp', 'tensorParallel'],
    ['pp', 'pipelineParallel'],
    ['dp', 'dataParallel'],
    ['oh', 'overheadBytes'],
    ['sm', 'safetyMargin'],
    ['ut', 'utilization'],
    ['tt', 'trainingTokens'],
  ];
  it.each(scenarioNumbers)('%s (%s)', (key, prop) => {
    expectAgreement(
      (value) =>
        !validateScenario({ ...DEFAULT_SCENARIO, [prop]: value }).some(
          (issue) => issue.field === prop,
        ),
      (value) => decodeUrl(`${key}=${formatUrlNumber(value)}`).issues.length === 0,
    );
  });

  // kvHeads, expertsPerToken, denseLayers and fullAttentionLayers are also checked against other
  // fields, which the link leaves to the engine.
  const modelNumbers: (keyof ModelSpec)[] = [
    'layers',
    'hidden',
    'heads',
    'headDim',
    'intermediate',
    'vocab',
    'normsPerLayer',
    'maxPositions',
    'positionOffset',
    'embeddingDim',
    'experts',
    'expertIntermediate',
    'sharedExperts',
    'sharedExpertIntermediate',
    'slidingWindow',
  ];
  const base = findModelPreset('llama-2-7b')?.model as ModelSpec;
  const baseQuery = {
    'm.name': 'M',
    'm.layers': '32',
    'm.hidden': '4096',
    'm.heads': '32',
    'm.intermediate': '11008',
    'm.vocab': '32000',
  };
  it.each(modelNumbers)('m.%s', (prop) => {
    expectAgreement(
      (value) =>
        !validateModel({ ...base, [prop]: value }).some((issue) => issue.field === `model.${prop}`),
      (value) =>
        decodeUrl(query({ ...baseQuery, [`m.${prop}`]: formatUrlNumber(value) })).issues.length ===
        0,
    );
  });

  const gpuNumbers: (keyof GpuSpec)[] = [
    'memoryBytes',
    'labelGB',
    'bandwidthBytesPerSecond',
    'peakFlops',
    'fp8Flops',
    'int8Ops',
    'fp4Flops',
    'gpusPerNode',
  ];
  const gpu = findGpuPreset('rtx-4090')?.gpu as GpuSpec;
  const gpuQuery = {
    'g.name': 'G',
    'g.memoryBytes': '1',
    'g.labelGB': '1',
    'g.bandwidthBytesPerSecond': '1e12',
    'g.peakFlops': '1e14',
  };
  it.each(gpuNumbers)('g.%s', (prop) => {
    expectAgreement(
      (value) =>
        !validateGpu({ ...gpu, [prop]: value }).some((issue) => issue.field === `gpu.${prop}`),
      (value) =>
        decodeUrl(query({ ...gpuQuery, [`g.${prop}`]: formatUrlNumber(value) })).issues.length ===
        0,
    );
  });

  const samplingNumbers: [string, keyof SamplingChoices][] = [
    ['xt', 'temperature'],
    ['xk', 'topK'],
    ['xp', 'topP'],
    ['xn', 'drawCount'],
    ['xr', 'seed'],
  ];
  it.each(samplingNumbers)('%s (%s)', (key, prop) => {
    expectAgreement(
      (value) =>
        !samplingChoiceIssues({ ...SAMPLING_DEFAULTS, [prop]: value }).some(
          (issue) => issue.field === prop,
        ),
      (value) => decodeUrl(`${key}=${formatUrlNumber(value)}`).issues.length === 0,
    );
  });
});
