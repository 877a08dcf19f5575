import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFraction, toSignificant } from './decimal-text';

// The oracle: the platform's own formatter with the same options.
const intlSignificant = (digits: number) =>
  new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits });
const intlFraction = (digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });

/** Doubles of every size, and the round and half-way values where rounding goes wrong. */
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200),
  fc.integer({ min: 0, max: 60 }).map((n) => 10 ** (n - 30) * 9.995),
);

describe('decimal text', () => {
  it.each([
    [1234.5, '1,230'],
    [0.012345, '0.0123'],
    [999.5, '1,000'],
    [9.995, '10'],
    [1.005, '1.01'],
    [100, '100'],
    [0, '0'],
    [-0, '-0'],
    [-42.42, '-42.4'],
    [1e21, '1,000,000,000,000,000,000,000'],
    [Infinity, '∞'],
  ])('%s to three significant digits is %s, as Intl prints it', (value, text) => {
    expect(toSignificant(value, 3)).toBe(text);
    expect(intlSignificant(3).format(value)).toBe(text);
  });

  it.each([
    [1234.567, 2, '1,234.57'],
    [1234.567, 0, '1,235'],
    [2.675, 2, '2.68'],
    [0.004, 2, '0'],
    [-0.004, 2, '-0'],
    [0.5, 0, '1'],
    [99.995, 2, '100'],
    [23.99, 2, '23.99'],
  ])('%s to at most %s decimals is %s, as Intl prints it', (value, digits, text) => {
    expect(toFraction(value, digits)).toBe(text);
    expect(intlFraction(digits).format(value)).toBe(text);
  });

  it('gives the text Intl.NumberFormat gives, for every number and digit count', () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 1, max: 6 }), (value, digits) => {
        expect(toSignificant(value, digits)).toBe(intlSignificant(digits).format(value));
        expect(toFraction(value, digits - 1)).toBe(intlFraction(digits - 1).format(value));
      }),
      { numRuns: 3000 },
    );
  });
});
