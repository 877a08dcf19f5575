import { describe, expect, it } from 'vitest';
import { checkBoolean, checkNumberInRange, checkPositiveNumber, type FieldIssue } from './errors';

const run = (check: (issues: FieldIssue[]) => void): string[] => {
  const issues: FieldIssue[] = [];
  check(issues);
  return issues.map((issue) => `${issue.field} ${issue.message}`);
};

describe('field checks', () => {
  it('checkPositiveNumber refuses zero and below, and keeps the other checks', () => {
    const check = (value: unknown) => run((issues) => checkPositiveNumber(issues, 'x', value, 10));
    expect(check(0)).toEqual(['x must be more than zero, got 0']);
    expect(check(-0)).toEqual(['x must be more than zero, got 0']);
    expect(check(-2.5)).toEqual(['x must be more than zero, got -2.5']);
    expect(check(Number.MIN_VALUE)).toEqual([]);
    expect(check(10)).toEqual([]);
    expect(check(11)).toEqual(['x must be at most 10, got 11']);
    expect(check(Number.NaN)).toEqual(['x must be a number']);
    expect(check('1')).toEqual(['x must be a number']);
    expect(check(Number.POSITIVE_INFINITY)).toEqual(['x must be finite']);
  });

  it('checkNumberInRange gives one message however far out the value is', () => {
    const check = (value: unknown) =>
      run((issues) => checkNumberInRange(issues, 'u', value, { min: 0.01, max: 1 }));
    expect(check(0.01)).toEqual([]);
    expect(check(1)).toEqual([]);
    expect(check(-0.01)).toEqual(['u must be between 0.01 and 1, got -0.01']);
    expect(check(1.5)).toEqual(['u must be between 0.01 and 1, got 1.5']);
    expect(check(null)).toEqual(['u must be a number']);
    expect(check(Number.NEGATIVE_INFINITY)).toEqual(['u must be finite']);
  });

  it('checkBoolean quotes what it got', () => {
    const check = (value: unknown) => run((issues) => checkBoolean(issues, 'f', value));
    expect(check(true)).toEqual([]);
    expect(check(false)).toEqual([]);
    expect(check('yes')).toEqual(['f must be true or false, got "yes"']);
    expect(check(1)).toEqual(['f must be true or false, got 1']);
    expect(check(undefined)).toEqual(['f must be true or false, got undefined']);
    expect(check({})).toEqual(['f must be true or false, got {}']);
  });
});
