import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import type { HubSource } from '../hub-source';
import { decodeUrl } from './url-codec';

/**
 * Hub links as version 1 writes them, a promise to everyone who shared one (see
 * url-codec.golden.test.ts): later versions must keep decoding these to the same import, revision
 * and edits. Do not edit a row; add one.
 */
const GOLDEN: readonly {
  link: string;
  hubSource: Omit<HubSource, 'imported'>;
  scenario?: Partial<Scenario>;
}[] = [
  {
    link: 'v=1&hf=meta-llama/Llama-3.1-8B',
    hubSource: { repoId: 'meta-llama/Llama-3.1-8B', revision: 'main', edits: {} },
  },
  {
    link: 'hf=gpt2',
    hubSource: { repoId: 'gpt2', revision: 'main', edits: {} },
  },
  {
    link: 'v=1&hf=Qwen/Qwen3-30B-A3B&hfr=0e9e39f249a16976918f6564b8830bc894c89659&mo=inference&dt=fp8&b=16&s=8192',
    hubSource: {
      repoId: 'Qwen/Qwen3-30B-A3B',
      revision: '0e9e39f249a16976918f6564b8830bc894c89659',
      edits: {},
    },
    scenario: { mode: 'inference', dtype: 'fp8', batch: 16, seqLen: 8192 },
  },
  {
    link: 'v=1&hf=mistralai/Mistral-7B-v0.1&hfr=refs/pr/12&m.name=Mistral+long&m.maxPositions=65536&m.slidingWindow=none&m.tiedEmbeddings=1&g=h100-80gb',
    hubSource: {
      repoId: 'mistralai/Mistral-7B-v0.1',
      revision: 'refs/pr/12',
      edits: {
        name: 'Mistral long',
        maxPositions: 65536,
        slidingWindow: null,
        tiedEmbeddings: true,
      },
    },
    scenario: { gpu: 'h100-80gb' },
  },
];

describe('golden Hub share links (version 1)', () => {
  it.each(GOLDEN)('$link', ({ link, hubSource, scenario = {} }) => {
    const decoded = decodeUrl(link);
    expect(decoded.issues).toEqual([]);
    expect(decoded.hubSource).toEqual({ ...hubSource, imported: null });
    expect(decoded.scenario).toEqual({ ...DEFAULT_SCENARIO, ...scenario });
  });
});
