import { describe, expect, it } from 'vitest';
import { formatBits, formatProbability } from './probability-text';

describe('probability text', () => {
  it('shows percentages to three digits without rounding a kept token to 0 % or a near-certain one to 100 %', () => {
    expect(formatProbability(0)).toBe('0 %');
    expect(formatProbability(1)).toBe('100 %');
    expect(formatProbability(0.35642)).toBe('35.6 %');
    expect(formatProbability(0.0001234)).toBe('0.0123 %');
    expect(formatProbability(1e-9)).toBe('< 0.001 %');
    expect(formatProbability(0.99999)).toBe('> 99.9 %');
    expect(formatProbability(Number.NaN)).toBe('—');
    expect(formatBits(2.3456)).toBe('2.35 bits');
    expect(formatBits(-1e-16)).toBe('0 bits');
  });
});
