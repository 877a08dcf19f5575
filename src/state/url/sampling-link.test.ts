import { describe, expect, it } from 'vitest';
import { freshScenario, DEFAULT_SCENARIO } from '../../domain/scenario';
import type { CalculatorState } from '../calculator-store';
import { SAMPLING_DEFAULTS, type SamplingChoices } from '../sampling-store';
import { linkListLength, listFitsLink, MAX_LINK_LIST_LENGTH } from './sampling-link';
import { decodeUrl, encodeUrl } from './url-codec';
import { describeUrlKey } from './url-key-names';

const withSampling = (
  sampling: Partial<SamplingChoices>,
  batch = 1,
): CalculatorState & {
  sampling: SamplingChoices;
} => ({
  scenario: freshScenario({ batch }),
  unit: 'GiB',
  sampling: { ...SAMPLING_DEFAULTS, ...sampling },
});

describe('the sampling explorer in the link', () => {
  it('leaves the defaults out and writes the rest after the calculator’s fields', () => {
    expect(encodeUrl(withSampling({}))).toBe('v=1');
    expect(
      encodeUrl(
        withSampling({ temperature: 0.8, topK: 36, topP: 0.7, drawCount: 100, seed: 0 }, 4),
      ),
    ).toBe('v=1&b=4&xt=0.8&xk=36&xp=0.7&xn=100&xr=0');
  });

  it('writes the pasted list only while it is the chosen distribution', () => {
    const list = 'Paris\t16.9\nNew York, 2\n+ 1';
    expect(encodeUrl(withSampling({ source: 'custom', customText: list }))).toBe(
      'v=1&xl=Paris%0916.9%0ANew+York,+2%0A%2B+1',
    );
    expect(encodeUrl(withSampling({ source: 'custom', customText: '' }))).toBe('v=1&xl=');
    expect(encodeUrl(withSampling({ source: 'example', customText: list }))).toBe('v=1');
    expect(
      decodeUrl(encodeUrl(withSampling({ source: 'custom', customText: list }))).sampling,
    ).toEqual({ ...SAMPLING_DEFAULTS, source: 'custom', customText: list });
  });

  it('knows its keys and names them in words', () => {
    const decoded = decodeUrl('v=1&xt=0.5&xk=10&xp=0.9');
    expect(decoded.issues).toEqual([]);
    expect(decoded.sampling).toMatchObject({ temperature: 0.5, topK: 10, topP: 0.9 });
    expect(describeUrlKey('xt')).toBe('Sampling: temperature (T) (xt)');
    expect(describeUrlKey('xl')).toBe('Sampling: pasted tokens and logits (xl)');
    expect(describeUrlKey('xr')).toBe('Sampling: seed (xr)');
  });

  it.each([
    ['xt=3', 'xt', 'temperature', 'must be a number from 0 to 2, got "3"'],
    ['xt=hot', 'xt', 'temperature', 'is not a number, got "hot"'],
    ['xk=0', 'xk', 'topK', 'must be a whole number from 1 to 100,000,000, got "0"'],
    ['xk=2.5', 'xk', 'topK', 'must be a whole number from 1 to 100,000,000, got "2.5"'],
    ['xp=-0.1', 'xp', 'topP', 'must be a number from 0 to 1, got "-0.1"'],
    ['xn=', 'xn', 'drawCount', 'is not a number, got ""'],
    ['xn=1e6', 'xn', 'drawCount', 'must be a whole number from 1 to 100,000, got "1e6"'],
    ['xr=-1', 'xr', 'seed', 'must be a whole number from 0 to 4,294,967,295, got "-1"'],
    [
      'xr=4294967296',
      'xr',
      'seed',
      'must be a whole number from 0 to 4,294,967,295, got "4294967296"',
    ],
  ] as const)('%s keeps the default %s and says why', (link, key, field, reason) => {
    const decoded = decodeUrl(`v=1&${link}&b=2`);
    expect(decoded.sampling[field]).toBe(SAMPLING_DEFAULTS[field]);
    expect(decoded.scenario.batch).toBe(2);
    expect(decoded.issues).toEqual([{ key, reason }]);
  });

  it('takes a list up to the limit and names a longer one, showing the example instead', () => {
    // "a", tab, "1", line break: 8 characters once written in a link.
    const longest = 'a\t1\n'.repeat(MAX_LINK_LIST_LENGTH / 8);
    expect(linkListLength(longest)).toBe(MAX_LINK_LIST_LENGTH);
    expect(decodeUrl(`xl=${encodeURIComponent(longest)}`)).toMatchObject({
      issues: [],
      sampling: { source: 'custom', customText: longest },
    });
    const decoded = decodeUrl(`xl=${encodeURIComponent(`${longest}b`)}&xt=0.5`);
    expect(decoded.sampling).toEqual({ ...SAMPLING_DEFAULTS, temperature: 0.5 });
    expect(decoded.issues).toEqual([
      {
        key: 'xl',
        reason:
          'is 6,001 characters long in a link, more than the 6,000 a link carries; the built-in example is shown instead',
      },
    ]);
  });

  it('leaves a list too long for a link out of it, and keeps every other choice', () => {
    const tooLong = `${'a\t1\n'.repeat(MAX_LINK_LIST_LENGTH / 8)}b`;
    expect(listFitsLink(tooLong)).toBe(false);
    const sampling = {
      ...SAMPLING_DEFAULTS,
      source: 'custom' as const,
      customText: tooLong,
      topK: 7,
    };
    const query = encodeUrl({ scenario: DEFAULT_SCENARIO, unit: 'GiB', sampling });
    expect(new URLSearchParams(query).has('xl')).toBe(false);
    expect(decodeUrl(query).sampling).toEqual({ ...SAMPLING_DEFAULTS, topK: 7 });
  });

  it('keeps every sampling default for a link from a newer version', () => {
    expect(decodeUrl('v=2&xt=0.5').sampling).toEqual(SAMPLING_DEFAULTS);
  });
});
