/** A number box's text as a number, or null while it holds something that is not one yet ("", "-", "1e"). */
export function parseNumberText(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * The text a number box shows for a value that came from the store: up to 12 significant digits, so
 * 0.07 × 100 shows as 7 rather than 7.000000000000001, while typed numbers keep their exact digits.
 */
export function numberToText(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
}

/** An engine message prefixed with the field's label: "Batch size must be at least 1, got 0". */
export function labelIssue(label: string, message: string): string {
  return /^(must|\()/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

/** Equal to 12 significant digits: a typed 7 matches a stored 0.07 shown as a percentage. */
export function sameNumber(a: number, b: number): boolean {
  return Object.is(a, b) || Number(a.toPrecision(12)) === Number(b.toPrecision(12));
}
