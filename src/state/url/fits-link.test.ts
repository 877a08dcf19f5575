import { describe, expect, it } from 'vitest';
import { freshScenario } from '../../domain/scenario';
import { DEFAULT_UNIT } from '../../domain/units';
import { freshFitsChoices, type FitsChoices } from '../fits-choices';
import { describeUrlKey } from './url-key-names';
import { decodeUrl, encodeUrl } from './url-codec';

/**
 * The "What can I run on this?" keys (cr…) as version 1 writes them: a promise to everyone who
 * shared one. Do not edit a row; add one.
 */
const GOLDEN: readonly { link: string; fits: Partial<FitsChoices> }[] = [
  { link: 'v=1&crg=h100-80gb', fits: { gpus: ['h100-80gb'] } },
  {
    link: 'v=1&crg=current,a100-80gb,rtx-4090&crf=gpu&crd=awq-int4&crc=32768&crm=llama&crs=-speed',
    fits: {
      gpus: ['current', 'a100-80gb', 'rtx-4090'],
      fit: 'gpu',
      format: 'awq-int4',
      minContext: 32768,
      model: 'llama',
      sort: { key: 'speed', descending: true },
    },
  },
  { link: 'v=1&crf=all&crs=gpus', fits: { fit: 'all', sort: { key: 'gpus', descending: false } } },
  { link: 'v=1&crm=gpt-oss+120b', fits: { model: 'gpt-oss 120b' } },
];

describe('"What can I run" in the link (cr…)', () => {
  it.each(GOLDEN)('golden: $link', ({ link, fits }) => {
    const decoded = decodeUrl(link);
    expect(decoded.issues).toEqual([]);
    expect(decoded.fits).toEqual({ ...freshFitsChoices(), ...fits });
    expect(decoded.scenario).toEqual(freshScenario());
  });

  it('writes each choice that is not its default, and reads it back unchanged', () => {
    const fits: FitsChoices = {
      gpus: ['current', 'mi300x-192gb'],
      fit: 'all',
      format: 'gguf-q4_k_m',
      minContext: 131072,
      model: 'Qwen3 & co',
      sort: { key: 'concurrency', descending: true },
    };
    const link = encodeUrl({ scenario: freshScenario(), unit: DEFAULT_UNIT, fits });
    expect(link).toBe(
      'v=1&crg=current,mi300x-192gb&crf=all&crd=gguf-q4_k_m&crc=131072&crm=Qwen3+%26+co&crs=-concurrency',
    );
    expect(decodeUrl(link).fits).toEqual(fits);
  });

  it('writes nothing for the defaults, and no view choices leave the link without them', () => {
    expect(
      encodeUrl({ scenario: freshScenario(), unit: DEFAULT_UNIT, fits: freshFitsChoices() }),
    ).toBe('v=1');
    expect(decodeUrl('v=1').fits).toBeUndefined();
  });

  it.each([
    [
      'crg=h100-80gb,h1000',
      'crg',
      /"h1000", which is not a GPU preset id or current; the other GPUs were kept/,
      { gpus: ['h100-80gb'] },
    ],
    ['crg=nope', 'crg', /must list GPU preset ids or current, got "nope"/, {}],
    ['crf=half', 'crf', /must be one of gpu, node, all, got "half"/, {}],
    [
      'crd=fp32',
      'crd',
      /must be one of bf16, fp8, mxfp4, awq-int4, gguf-q4_k_m, gguf-mxfp4_moe, got "fp32"/,
      {},
    ],
    ['crc=1000', 'crc', /must be one of 4096, 32768, 131072, got "1000"/, {}],
    [
      'crs=size',
      'crs',
      /must be a column \(model, format, context, gpus, concurrency, speed\)/,
      {},
    ],
    [`crm=${'a'.repeat(101)}`, 'crm', /must be at most 100 characters/, {}],
  ] as const)(
    'a bad value (%s) is named and keeps the default; the rest of the link is used',
    (bad, key, reason, kept) => {
      const other = key === 'crm' ? 'crf=all' : 'crm=llama';
      const decoded = decodeUrl(`v=1&m=gpt-3&${other}&${bad}`);
      expect(decoded.scenario.model).toBe('gpt-3');
      expect(decoded.issues).toEqual([{ key, reason: expect.stringMatching(reason) }]);
      expect(decoded.fits).toEqual({
        ...freshFitsChoices(),
        ...(key === 'crm' ? { fit: 'all' } : { model: 'llama' }),
        ...kept,
      });
    },
  );

  it('names each key in the notice', () => {
    expect(describeUrlKey('crg')).toBe('What can I run: GPUs (crg)');
    expect(describeUrlKey('crs')).toBe('What can I run: sort (crs)');
  });
});
