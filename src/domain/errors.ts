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
    issues.push({ field, message: `must be ${allowZero ? 'zero or more' : 'at least 1'}, got ${value}` });
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
