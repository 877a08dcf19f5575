import { describe, expect, it } from 'vitest';
import { relativeDifference } from './published-check';
import { PUBLISHED_CHECKS } from './published-checks';

describe('the engine against every published figure the page lists', () => {
  it.each(PUBLISHED_CHECKS.map((check) => [check.id, check] as const))('%s', (_id, check) => {
    const ours = check.ours();
    expect(Number.isFinite(ours)).toBe(true);
    expect(Math.abs(relativeDifference(check, ours))).toBeLessThanOrEqual(check.tolerance + 1e-12);
  });

  it('names a source and a quote for each, with unique ids', () => {
    const ids = PUBLISHED_CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of PUBLISHED_CHECKS) {
      expect(check.source.label.trim(), check.id).not.toBe('');
      expect(check.quote.trim(), check.id).not.toBe('');
    }
  });
});
