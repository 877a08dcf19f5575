import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshScenario } from '../../domain/scenario';
import { arbitraryLinkScenario } from '../../test/url-arbitraries';
import { decodeUrl, encodeUrl } from './url-codec';
import { describeUrlKey } from './url-key-names';

const encode = (overrides: Parameters<typeof freshScenario>[0]) =>
  encodeUrl({ scenario: freshScenario(overrides), unit: 'GiB' });

describe('serving keys in the share link (docs/share-link.md)', () => {
  it('leaves the engine and its defaults out, and writes each changed setting under its key', () => {
    expect(encode({ mode: 'inference' })).toBe('v=1&mo=inference');
    expect(
      encode({
        mode: 'inference',
        engine: 'sglang',
        memoryFraction: 0.85,
        maxModelLen: 16384,
        maxNumBatchedTokens: 4096,
        maxNumSeqs: 64,
        servingEntry: 'llm',
        cudaGraphs: false,
        bandwidthEfficiency: 0.7,
        gpuLayers: 20,
        targetTokensPerSecond: 5000,
      }),
    ).toBe(
      'v=1&mo=inference&en=sglang&mf=0.85&mml=16384&mbt=4096&mns=64&ep=llm&cg=0&bw=0.7&ngl=20&tps=5000',
    );
  });

  it('reads "auto" as the engine’s default', () => {
    const decoded = decodeUrl('v=1&mf=auto&mml=auto&mbt=auto&mns=auto&bw=auto&ngl=auto');
    expect(decoded.issues).toEqual([]);
    expect(decoded.scenario).toMatchObject({
      memoryFraction: null,
      maxModelLen: null,
      maxNumBatchedTokens: null,
      maxNumSeqs: null,
      bandwidthEfficiency: null,
      gpuLayers: null,
    });
  });

  it.each([
    ['en=tgi', 'en', /must be one of vllm, sglang, trtllm, llamacpp, hf/],
    ['mf=1.5', 'mf', /must be auto or a fraction from 0.01 to 1/],
    ['mml=0', 'mml', /must be a whole number from 1 to/],
    ['mns=2.5', 'mns', /must be a whole number/],
    ['ep=cli', 'ep', /must be one of serve, llm/],
    ['cg=yes', 'cg', /must be 1 \(on\) or 0 \(off\)/],
    ['ngl=-1', 'ngl', /must be a whole number from 0/],
    ['tps=fast', 'tps', /is not a number/],
    ['tps=2e12', 'tps', /must be a number of tokens per second from 0 to 1e12/],
  ])('a bad value (%s) keeps the default and names the key', (query, key, reason) => {
    const decoded = decodeUrl(`v=1&${query}`);
    expect(decoded.scenario).toEqual(freshScenario());
    expect(decoded.issues).toHaveLength(1);
    expect(decoded.issues[0]!.key).toBe(key);
    expect(decoded.issues[0]!.reason).toMatch(reason);
  });

  it('names each key in words for the notice', () => {
    expect(describeUrlKey('en')).toBe('Serving engine (en)');
    expect(describeUrlKey('mf')).toBe('Engine memory fraction (mf)');
    expect(describeUrlKey('ngl')).toBe('llama.cpp GPU layers (ngl)');
  });

  it('carries every serving setting through a link unchanged', () => {
    fc.assert(
      fc.property(arbitraryLinkScenario, (scenario) => {
        const decoded = decodeUrl(encodeUrl({ scenario, unit: 'GiB' })).scenario;
        expect({
          engine: decoded.engine,
          memoryFraction: decoded.memoryFraction,
          maxModelLen: decoded.maxModelLen,
          maxNumBatchedTokens: decoded.maxNumBatchedTokens,
          maxNumSeqs: decoded.maxNumSeqs,
          servingEntry: decoded.servingEntry,
          cudaGraphs: decoded.cudaGraphs,
          bandwidthEfficiency: decoded.bandwidthEfficiency,
          gpuLayers: decoded.gpuLayers,
          targetTokensPerSecond: decoded.targetTokensPerSecond,
        }).toEqual({
          engine: scenario.engine,
          memoryFraction: scenario.memoryFraction,
          maxModelLen: scenario.maxModelLen,
          maxNumBatchedTokens: scenario.maxNumBatchedTokens,
          maxNumSeqs: scenario.maxNumSeqs,
          servingEntry: scenario.servingEntry,
          cudaGraphs: scenario.cudaGraphs,
          bandwidthEfficiency: scenario.bandwidthEfficiency,
          gpuLayers: scenario.gpuLayers,
          targetTokensPerSecond: scenario.targetTokensPerSecond,
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('KV-cache formats in the share link (docs/share-link.md, key kv)', () => {
  it.each([
    ['vllm', 'fp8-e4m3'],
    ['sglang', 'fp8-e5m2'],
    ['llamacpp', 'q8_0'],
    ['llamacpp', 'q4_0'],
  ] as const)('%s with %s travels as kv=%s and comes back the same', (engine, kvDtype) => {
    const link = encode({ mode: 'inference', engine, kvDtype });
    expect(link).toContain(`&kv=${kvDtype}`);
    const decoded = decodeUrl(link);
    expect(decoded.issues).toEqual([]);
    expect(decoded.scenario).toEqual(freshScenario({ mode: 'inference', engine, kvDtype }));
  });

  it('an unknown KV type keeps the default and lists the types', () => {
    const decoded = decodeUrl('v=1&kv=fp8_e4m3');
    expect(decoded.scenario.kvDtype).toBe('auto');
    expect(decoded.issues).toHaveLength(1);
    expect(decoded.issues[0]!.key).toBe('kv');
    expect(decoded.issues[0]!.reason).toMatch(/fp8-e4m3, fp8-e5m2, q8_0, q4_0/);
  });
});
