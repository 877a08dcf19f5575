import type { UrlIssue } from './url-schema';
import { readValue, type UrlValue } from './url-values';

/** One field of a custom model or GPU: `m.layers=40` sets `layers`. */
export interface SpecField<S> {
  prop: keyof S & string;
  label: string;
  read: (raw: string, into: Partial<S>) => string | null;
  format: (spec: S) => string;
}

export function specField<S, P extends keyof S & string>(
  prop: P,
  label: string,
  schema: UrlValue<S[P]>,
  format: (value: S[P]) => string,
): SpecField<S> {
  return {
    prop,
    label,
    read: (raw, into) => {
      const result = readValue(schema, raw);
      if (!result.ok) return result.reason;
      into[prop] = result.value;
      return null;
    },
    format: (spec) => format(spec[prop]),
  };
}

export const nonEmptyName: UrlValue<string> = (name) =>
  name.trim() !== '' ? { ok: true, value: name } : { ok: false, message: 'must not be empty' };

/**
 * How a custom spec is written under a key prefix. The `R` fields are always written (so a custom
 * spec is recognisable); the others are left out when they equal `defaults(spec)`, which may
 * derive them from the required ones (key/value heads default to the attention heads).
 */
export interface CustomSpecCodec<S, R extends keyof S & string = keyof S & string> {
  prefix: string;
  label: string;
  fields: readonly SpecField<S>[];
  required: readonly R[];
  /** Version-1 stand-ins for a missing or malformed required field; frozen so old links keep their meaning. */
  fallback: Readonly<Pick<S, R>>;
  /** Lists every other field, so a field added to the spec fails to compile until the link knows it. */
  defaults: (required: Pick<S, R>) => S;
}

export function encodeCustomSpec<S, R extends keyof S & string>(
  codec: CustomSpecCodec<S, R>,
  spec: S,
): [string, string][] {
  const defaults = codec.defaults(spec);
  return codec.fields
    .filter(
      (field) =>
        (codec.required as readonly string[]).includes(field.prop) ||
        !Object.is(spec[field.prop], defaults[field.prop]),
    )
    .map((field) => [`${codec.prefix}${field.prop}`, field.format(spec)]);
}

/** Builds the spec from its raw fields (keyed without the prefix); every bad or missing field is reported and replaced. */
export function decodeCustomSpec<S, R extends keyof S & string>(
  codec: CustomSpecCodec<S, R>,
  raw: ReadonlyMap<string, string>,
): { spec: S; issues: UrlIssue[] } {
  const issues: UrlIssue[] = [];
  const given: Partial<S> = {};
  for (const field of codec.fields) {
    const value = raw.get(field.prop);
    if (value === undefined) continue;
    const reason = field.read(value, given);
    if (reason !== null) issues.push({ key: `${codec.prefix}${field.prop}`, reason });
  }
  const required: Pick<S, R> = { ...codec.fallback };
  for (const prop of codec.required) {
    if (!raw.has(prop)) issues.push({ key: `${codec.prefix}${prop}`, reason: 'is missing' });
    const value = given[prop];
    if (value !== undefined) required[prop] = value;
  }
  const spec = { ...codec.defaults(required), ...given };
  return { spec, issues };
}

export function findSpecField<S>(
  codec: { fields: readonly SpecField<S>[] },
  prop: string,
): SpecField<S> | undefined {
  return codec.fields.find((field) => field.prop === prop);
}
