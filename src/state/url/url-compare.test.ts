import { describe, expect, it } from 'vitest';
import { freshScenario } from '../../domain/scenario';
import { decodeUrl, encodeUrl } from './url-codec';
import { describeUrlKey } from './url-key-names';

describe('a compared scenario in the link (cmp)', () => {
  it('carries the pinned scenario as its own link and reads it back', () => {
    const scenario = freshScenario({ gpu: 'h100-80gb', mode: 'inference' });
    const pinned = freshScenario({ gpu: 'a100-80gb', mode: 'inference', dtype: 'int4' });
    const link = encodeUrl({ scenario, unit: 'GiB', pinned });
    expect(link).toContain('cmp=');
    const decoded = decodeUrl(link);
    expect(decoded.issues).toEqual([]);
    expect(decoded.scenario).toEqual(scenario);
    expect(decoded.pinned).toEqual(pinned);
  });

  it('leaves the key out when nothing is pinned', () => {
    expect(encodeUrl({ scenario: freshScenario(), unit: 'GiB', pinned: null })).not.toContain(
      'cmp',
    );
  });

  it('names a bad field of the compared scenario, and keeps the rest of it', () => {
    const decoded = decodeUrl(`cmp=${encodeURIComponent('v=1&b=0&g=h100-80gb')}`);
    expect(decoded.pinned).toMatchObject({ gpu: 'h100-80gb', batch: 1 });
    expect(decoded.issues).toEqual([
      {
        key: 'cmp',
        reason: expect.stringMatching(/^\(the compared scenario's batch size \(b\)\) must be/),
      },
    ]);
    expect(describeUrlKey('cmp')).toBe('Compared scenario (cmp)');
  });
});
