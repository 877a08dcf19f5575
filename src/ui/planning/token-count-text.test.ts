import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TRAINING_TOKENS } from '../../domain/scenario';
import { parseTokenCount, tokenCountText } from './token-count-text';

describe('token counts as text', () => {
  it.each([
    ['1e12', 1e12],
    ['2T', 2e12],
    ['1.4t', 1.4e12],
    ['300B', 3e11],
    ['50 M', 5e7],
    ['8k', 8000],
    ['1,000,000', 1e6],
    ['1 000 000', 1e6],
    ['1_000', 1000],
    ['0', 0],
    ['-3', -3],
    ['1.5', 1.5],
  ])('reads %s as %s', (text, value) => {
    expect(parseTokenCount(text)).toBe(value);
  });

  it.each(['', ' ', '-', 'T', '2X', '1e', 'abc', '2TT', '1e400', '0x10'])(
    'reads %j as not a number yet',
    (text) => {
      expect(parseTokenCount(text)).toBeNull();
    },
  );

  it.each([
    [1e12, '1T'],
    [2.5e11, '250B'],
    [1.5e6, '1.5M'],
    [8000, '8K'],
    [123_456_789, '123456789'],
    [999, '999'],
  ])('shows %s as %s', (value, text) => {
    expect(tokenCountText(value)).toBe(text);
  });

  it('reads back every whole count it shows', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          fc
            .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 9 }))
            .map(([m, e]) => m * 10 ** e),
          fc.constant(MAX_TRAINING_TOKENS),
        ),
        (value) => parseTokenCount(tokenCountText(value)) === value,
      ),
    );
  });
});
