import { describe, expect, it } from 'vitest';
import { freshScenario } from '../../domain/scenario';
import { decodeUrl, encodeUrl } from './url-codec';
import { readPrices, writePrices } from './price-link';

describe('prices per GPU-hour in the link (pr)', () => {
  it('round-trips each GPU’s price, a custom GPU’s under its name', () => {
    const prices = { 'h100-80gb': 2.49, 'custom:Lab GPU': 0.8 };
    const link = encodeUrl({ scenario: freshScenario(), unit: 'GiB', prices });
    const decoded = decodeUrl(link);
    expect(decoded.issues).toEqual([]);
    expect(decoded.prices).toEqual(prices);
  });

  it('writes nothing without prices', () => {
    expect(writePrices({})).toBeUndefined();
    expect(encodeUrl({ scenario: freshScenario(), unit: 'GiB', prices: {} })).not.toContain('pr=');
  });

  it.each(['h100-80gb:-1', 'h100-80gb:abc', ':3', 'h100-80gb:', 'h100-80gb:2000000'])(
    'names a bad entry "%s" and keeps the prices before it',
    (bad) => {
      const read = readPrices(`a100-80gb:1.2,${bad}`);
      expect(read.prices).toEqual({ 'a100-80gb': 1.2 });
      expect(read.problem).toContain(bad);
    },
  );
});
