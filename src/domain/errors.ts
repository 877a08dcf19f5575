/** One problem with one input field: `field` is a dotted path into the scenario. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Thrown by the engine's entry points when a scenario cannot be estimated. */
export class ScenarioError extends Error {
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

export function checkPositiveInteger(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  { allowZero = false, max = Number.MAX_SAFE_INTEGER } = {},
): void {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    issues.push({ field, message: 'must be a number' });
  } else if (!Number.isFinite(value)) {
    issues.push({ field, message: 'must be finite' });
  } else if (!Number.isInteger(value)) {
    issues.push({ field, message: `must be a whole number, got ${value}` });
  } else if (value < 0 || (!allowZero && value === 0)) {
    issues.push({
      field,
      message: `must be ${allowZero ? 'zero or more' : 'at least 1'}, got ${value}`,
    });
  } else if (value > max) {
    issues.push({ field, message: `must be at most ${max}, got ${value}` });
  }
}

export function checkNonNegativeNumber(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  max = Number.MAX_VALUE,
): void {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    issues.push({ field, message: 'must be a number' });
  } else if (!Number.isFinite(value)) {
    issues.push({ field, message: 'must be finite' });
  } else if (value < 0) {
    issues.push({ field, message: `must be zero or more, got ${value}` });
  } else if (value > max) {
    issues.push({ field, message: `must be at most ${max}, got ${value}` });
  }
}

/** Like checkNonNegativeNumber, but zero is refused too: a size or a rate that must exist. */
export function checkPositiveNumber(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  max = Number.MAX_VALUE,
): void {
  if (typeof value === 'number' && value <= 0) {
    issues.push({ field, message: `must be more than zero, got ${value}` });
  } else {
    checkNonNegativeNumber(issues, field, value, max);
  }
}

/**
 * A throughput: zero where `allowZero` ("none" or "not stated"), else between `min` and `max`.
 * `minText` says the floor in the user's words ("1 GFLOP/s").
 */
export function checkRate(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  { min, max, minText, allowZero }: NumberRange & { minText: string; allowZero: boolean },
): void {
  const before = issues.length;
  checkNonNegativeNumber(issues, field, value, max);
  if (issues.length > before || typeof value !== 'number') return;
  if (value === 0 && allowZero) return;
  if (value < min)
    issues.push({
      field,
      message: `must be ${allowZero ? '0 (none) or ' : ''}at least ${minText}, got ${value}`,
    });
}

/** A closed range, in the units the engine stores. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

export function checkNumberInRange(
  issues: FieldIssue[],
  field: string,
  value: unknown,
  { min, max }: NumberRange,
): void {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    issues.push({ field, message: 'must be a number' });
  } else if (!Number.isFinite(value)) {
    issues.push({ field, message: 'must be finite' });
  } else if (value < min || value > max) {
    issues.push({ field, message: `must be between ${min} and ${max}, got ${value}` });
  }
}

/** Settings read from a link or a pasted config may carry "yes" or 1 where a flag belongs. */
export function checkBoolean(issues: FieldIssue[], field: string, value: unknown): void {
  if (typeof value !== 'boolean') {
    issues.push({
      field,
      message: `must be true or false, got ${JSON.stringify(value) ?? String(value)}`,
    });
  }
}
