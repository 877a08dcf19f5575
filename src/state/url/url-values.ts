import { formatInteger } from '../../lib/format';

/**
 * The text forms of single URL values, each a reader from the raw query string to a typed value.
 * Messages are plain words because the share-link notice shows them to the user.
 */

/** Reads one raw query value: the typed value, or what is wrong with it in plain words. */
export type UrlValue<T> = (raw: string) => { ok: true; value: T } | { ok: false; message: string };

const pass = <T>(value: T) => ({ ok: true as const, value });
const fail = (message: string) => ({ ok: false as const, message });

/** Decimal or exponent notation only: no hex, no blanks, no "Infinity" (Number() accepts all of those). */
const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A finite number from min to max, else `rule`; "1e999" reads as Infinity, which no range holds. */
const inRange = (value: number, min: number, max: number, rule: string) =>
  Number.isFinite(value) && value >= min && value <= max ? pass(value) : fail(rule);

/**
 * A number as text that reads back to exactly the same value. Exponent form is used only where it
 * is clearly shorter ("1.008e12", "1e6", but "2048"); "+" is dropped because a query reads it as a space.
 */
export function formatUrlNumber(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const plain = String(value);
  if (!Number.isFinite(value)) return plain;
  const exponent = value.toExponential().replace('e+', 'e');
  return exponent.length + 3 <= plain.length && Number(exponent) === value ? exponent : plain;
}

export function wholeNumber(min: number, max: number): UrlValue<number> {
  // Worded only for a value that breaks it: every link field's reader is made as the page starts.
  const rule = () => `must be a whole number from ${formatInteger(min)} to ${formatInteger(max)}`;
  return (raw) => {
    if (!NUMBER_TEXT.test(raw)) return fail('is not a number');
    const value = Number(raw);
    return Number.isInteger(value) && value >= min && value <= max ? pass(value) : fail(rule());
  };
}

/** A number in [min, max]; `wording` says the range in the user's words. */
export function numberBetween(min: number, max: number, wording: string): UrlValue<number> {
  const rule = `must be ${wording}`;
  return (raw) =>
    NUMBER_TEXT.test(raw) ? inRange(Number(raw), min, max, rule) : fail('is not a number');
}

/** 0 ("none", "not stated"), or a number in [min, max]; `wording` says both in the user's words. */
export function zeroOrBetween(min: number, max: number, wording: string): UrlValue<number> {
  const rule = `must be ${wording}`;
  return (raw) => {
    if (!NUMBER_TEXT.test(raw)) return fail('is not a number');
    const value = Number(raw);
    return value === 0 ? pass(0) : inRange(value, min, max, rule);
  };
}

export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
): UrlValue<T[number]> {
  const message = `must be one of ${values.join(', ')}`;
  return (raw) => ((values as readonly string[]).includes(raw) ? pass(raw) : fail(message));
}

const BOOLEAN_TEXT = { '1': true, '0': false, true: true, false: false } as const;

/** "1" or "0"; "true" and "false" are read too because people type them. */
export const flag: UrlValue<boolean> = (raw) =>
  Object.hasOwn(BOOLEAN_TEXT, raw)
    ? pass(BOOLEAN_TEXT[raw as keyof typeof BOOLEAN_TEXT])
    : fail('must be 1 (on) or 0 (off)');

export const formatFlag = (value: boolean): string => (value ? '1' : '0');

/** Byte suffixes the links accept; only the binary ones are written, because they scale exactly. */
const BYTE_UNITS: Readonly<Record<string, number>> = {
  b: 1,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
};
const BYTES_TEXT = /^(.*?)([a-z]*)$/i;

/** A byte count: a plain number is bytes; a suffix (GiB, MiB, GB, ...) scales it. */
export function byteCount(min: number, max: number, wording: string): UrlValue<number> {
  const rule = `must be ${wording}`;
  return (text) => {
    const [, digits = '', suffix = ''] = BYTES_TEXT.exec(text.trim()) ?? [];
    const number = digits.trim();
    const scale = suffix === '' ? 1 : BYTE_UNITS[suffix.toLowerCase()];
    if (scale === undefined)
      return fail('has an unknown unit; use bytes or a GiB, MiB, GB or MB suffix');
    if (!NUMBER_TEXT.test(number)) return fail('is not a number of bytes');
    return inRange(Number(number) * scale, min, max, rule);
  };
}

/** The shortest exact form among GiB, MiB and plain bytes: "1GiB", "24564MiB", "123456789". */
export function formatBytesForUrl(bytes: number): string {
  const candidates = [formatUrlNumber(bytes)];
  for (const [suffix, scale] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
  ] as const) {
    const scaled = bytes / scale;
    if (Number.isFinite(bytes) && scaled * scale === bytes)
      candidates.push(`${formatUrlNumber(scaled)}${suffix}`);
  }
  return candidates.reduce((best, text) => (text.length < best.length ? text : best));
}

/** Reads one raw value; the reason names what was wrong and quotes (a bounded part of) what was given. */
export function readValue<T>(
  read: UrlValue<T>,
  raw: string,
): { ok: true; value: T } | { ok: false; reason: string } {
  const result = read(raw);
  return result.ok ? result : { ok: false, reason: `${result.message}, got ${quote(raw)}` };
}

export function quote(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Keeps the characters a query value may hold as they are, so names and lists stay readable. */
export function encodeComponent(text: string): string {
  // encodeURIComponent throws on half a surrogate pair (a name cut mid-emoji); the URL spec writes U+FFFD.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))
    .replace(/%20/g, '+')
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':');
}
