import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../domain/model';
import { findModelPreset } from '../../domain/presets/models';
import { DEFAULT_SCENARIO } from '../../domain/scenario';
import type { CalculatorState } from '../calculator-store';
import type { HubSource } from '../hub-source';
import { arbitraryCustomModel, arbitraryLinkScenario } from '../../test/url-arbitraries';
import { decodeUrl, encodeUrl } from './url-codec';
import { describeUrlKey } from './url-key-names';

const llama = findModelPreset('llama-2-7b')?.model as ModelSpec;
const imported: ModelSpec = {
  ...llama,
  name: 'meta-llama/Llama-3.1-8B',
  kvHeads: 8,
  intermediate: 14336,
  vocab: 128256,
  maxPositions: 131072,
  slidingWindow: 4096,
};
const source = (over: Partial<HubSource> = {}): HubSource => ({
  repoId: 'meta-llama/Llama-3.1-8B',
  revision: 'main',
  imported,
  edits: {},
  ...over,
});
const state = (model: ModelSpec | string, hubSource: HubSource | null): CalculatorState => ({
  scenario: { ...DEFAULT_SCENARIO, model, mode: 'inference' },
  unit: 'GiB',
  hubSource,
});

describe('encoding a model imported from the Hub', () => {
  it('writes the id, not the numbers, and leaves the revision out when it is main', () => {
    expect(encodeUrl(state(imported, source()))).toBe(
      'v=1&hf=meta-llama/Llama-3.1-8B&mo=inference',
    );
  });

  it('writes a branch, tag or commit as hfr', () => {
    const sha = '0e9e39f249a16976918f6564b8830bc894c89659';
    expect(encodeUrl(state(imported, source({ revision: sha })))).toBe(
      `v=1&hf=meta-llama/Llama-3.1-8B&hfr=${sha}&mo=inference`,
    );
  });

  it('adds only the fields the user changed after the import, "none" for a switched-off window', () => {
    const edited = { ...imported, layers: 40, slidingWindow: null, tiedEmbeddings: true };
    expect(encodeUrl(state(edited, source()))).toBe(
      'v=1&hf=meta-llama/Llama-3.1-8B&m.layers=40&m.tiedEmbeddings=1&m.slidingWindow=none&mo=inference',
    );
  });

  it("writes a link's edits back unchanged while its import is loading", () => {
    const pending = source({ imported: null, edits: { layers: 40, slidingWindow: null } });
    expect(encodeUrl(state('llama-2-7b', pending))).toBe(
      'v=1&hf=meta-llama/Llama-3.1-8B&m.layers=40&m.slidingWindow=none&mo=inference',
    );
  });
});

describe('decoding a Hub link', () => {
  it('keeps the default model and names the import to fetch, with its edits', () => {
    const link = decodeUrl(
      'v=1&hf=meta-llama/Llama-3.1-8B&hfr=v1.0&m.layers=40&m.slidingWindow=none&mo=inference',
    );
    expect(link.issues).toEqual([]);
    expect(link.scenario.model).toBe(DEFAULT_SCENARIO.model);
    expect(link.scenario.mode).toBe('inference');
    expect(link.hubSource).toEqual({
      repoId: 'meta-llama/Llama-3.1-8B',
      revision: 'v1.0',
      imported: null,
      edits: { layers: 40, slidingWindow: null },
    });
  });

  it('reads a legacy single-name id and defaults the revision to main', () => {
    expect(decodeUrl('hf=gpt2').hubSource).toMatchObject({ repoId: 'gpt2', revision: 'main' });
  });

  it('reports an id or revision the Hub would refuse, and imports nothing', () => {
    const badId = decodeUrl('v=1&hf=org/na%20me&b=2');
    expect(badId.hubSource).toBeUndefined();
    expect(badId.scenario.batch).toBe(2);
    expect(badId.issues).toEqual([
      { key: 'hf', reason: expect.stringMatching(/^cannot be read \("na me" contains " "/) },
    ]);
    const badRevision = decodeUrl('v=1&hf=gpt2&hfr=a..b');
    expect(badRevision.hubSource).toBeUndefined();
    expect(badRevision.issues).toEqual([
      { key: 'hfr', reason: expect.stringContaining('cannot contain "..", "//" or "@{"') },
    ]);
  });

  it('reports a revision with no model, a preset beside a Hub model, and bad or unknown edits', () => {
    expect(decodeUrl('v=1&hfr=main').issues).toEqual([
      { key: 'hfr', reason: 'was ignored because the link names no Hugging Face model (hf)' },
    ]);
    const link = decodeUrl('v=1&m=mistral-7b&hf=gpt2&m.layers=0&m.wings=2&m.kvHeads=4');
    expect(link.scenario.model).toBe(DEFAULT_SCENARIO.model);
    expect(link.hubSource?.edits).toEqual({ kvHeads: 4 });
    expect(link.issues.map((issue) => issue.key).sort()).toEqual(['m', 'm.layers', 'm.wings']);
  });

  it('names the new keys in the notice', () => {
    expect(describeUrlKey('hf')).toBe('Hugging Face model (hf)');
    expect(describeUrlKey('hfr')).toBe('Hugging Face revision (hfr)');
  });
});

describe('Hub link properties', () => {
  const arbitraryRevision = fc.constantFrom('main', 'v2.0', 'refs/pr/3', 'a'.repeat(40));
  /** An import and the user's model: a few of its fields edited, as users do, or a whole other model. */
  const arbitraryEdit = fc
    .tuple(arbitraryCustomModel, arbitraryCustomModel, fc.subarray(Object.keys(llama)))
    .map(([base, other, edited]) => {
      const model = { ...base };
      for (const key of edited as (keyof ModelSpec)[])
        (model as Record<string, unknown>)[key] = other[key];
      return [base, model] as const;
    });

  it('restores the same model and scenario from the import plus the link', () => {
    fc.assert(
      fc.property(
        arbitraryLinkScenario,
        arbitraryEdit,
        arbitraryRevision,
        (scenario, [base, model], revision) => {
          const hubSource = source({ imported: base, revision });
          const original: CalculatorState = {
            scenario: { ...scenario, model },
            unit: 'GiB',
            hubSource,
          };
          const link = decodeUrl(encodeUrl(original));
          expect(link.issues).toEqual([]);
          expect(link.hubSource).toMatchObject({
            repoId: hubSource.repoId,
            revision,
            imported: null,
          });
          expect({ ...base, ...link.hubSource?.edits }).toEqual(model);
          expect({ ...link.scenario, model }).toEqual(original.scenario);
          // The link does not change while the page waits for the import.
          expect(encodeUrl(link)).toBe(encodeUrl(original));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('any Hub-ish link', () => {
  const keys = ['hf', 'hfr', 'm', 'm.layers', 'm.name', 'm.slidingWindow', 'm.embeddingDim', 'b'];
  const values = fc.oneof(
    fc.string(),
    fc.constantFrom('gpt2', 'org/name', 'none', 'main', 'v1..0', 'llama-2-13b', '40', '0'),
  );
  const arbitraryQuery = fc
    .array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 8 })
    .map((pairs) => new URLSearchParams(pairs).toString());

  it('never throws, and re-encoding what it decoded is stable with no issues', () => {
    fc.assert(
      fc.property(arbitraryQuery, (query) => {
        const once = encodeUrl(decodeUrl(query));
        const again = decodeUrl(once);
        expect(again.issues).toEqual([]);
        expect(encodeUrl(again)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
