import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM_MODEL_CODEC } from '../../state/url/custom-spec-schema';
import { decodeUrl, encodeUrl } from '../../state/url/url-codec';
import { LINK_FIELDS } from '../../state/url/training-url-fields';
import { expectDisplayableEstimate } from './finite-estimate';
import { assertFuzz, FUZZ_TIMEOUT_MS } from './fuzz-runs';
import { hostileText } from './hostile-values';
import { computeEstimate } from '../../domain/analysis';
import { CUSTOM_GPU_CODEC } from '../../state/url/custom-gpu-schema';

const KEYS = [
  'v',
  ...LINK_FIELDS.map((field) => field.key),
  ...CUSTOM_MODEL_CODEC.fields.map((field) => `${CUSTOM_MODEL_CODEC.prefix}${String(field.prop)}`),
  ...CUSTOM_GPU_CODEC.fields.map((field) => `${CUSTOM_GPU_CODEC.prefix}${String(field.prop)}`),
];

/** A key the calculator knows, a near miss, or anything. */
const key = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom(...KEYS).map((known) => `${known}x`),
  fc.constantFrom('m.', 'g.', '', '__proto__', 'constructor', 'm.__proto__'),
  fc.string({ maxLength: 12 }),
);

const pairEncodings = [
  (k: string, v: string) => new URLSearchParams([[k, v]]).toString(),
  // Hand-edited links: raw characters, stray separators, half-escaped sequences.
  (k: string, v: string) => `${k}=${v}`,
  (k: string) => k,
] as const;

/** Links as chat apps and people leave them: real keys with hostile values, repeated, truncated, raw. */
const hostileLink = fc
  .array(fc.tuple(key, hostileText, fc.constantFrom(0, 1, 2)), { maxLength: 14 })
  .chain((pairs) =>
    fc.tuple(fc.constant(pairs.map(([k, v, how]) => pairEncodings[how](k, v)).join('&')), fc.nat()),
  )
  .map(([query, cut]) => (cut % 5 === 0 ? query.slice(0, cut % (query.length + 1)) : query))
  .map((query) => (query.length % 2 === 0 ? `?${query}` : query));

const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
);

/** Never throws; what it decoded re-encodes to a link that decodes cleanly to the same link; the engine can take it. */
function checkLink(query: string): void {
  const decoded = decodeUrl(query);
  for (const issue of decoded.issues) expect(issue.reason).not.toBe('');
  const once = encodeUrl(decoded);
  const again = decodeUrl(once);
  expect(again.issues).toEqual([]);
  expect(encodeUrl(again)).toBe(once);
  expect({ scenario: again.scenario, unit: again.unit }).toEqual({
    scenario: decoded.scenario,
    unit: decoded.unit,
  });
  const result = computeEstimate(decoded.scenario);
  if (result.ok) expectDisplayableEstimate(result.estimate);
  else expect(result.issues.length).toBeGreaterThan(0);
}

describe('fuzz: the share link', () => {
  it(
    'arbitrary strings as the query never throw and re-encode stably',
    () => {
      assertFuzz('share link: arbitrary strings', anyString, checkLink, 500);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'arbitrary key/value pairs never throw, re-encode stably, and reach the engine safely',
    () => {
      assertFuzz('share link: hostile key/value pairs', hostileLink, checkLink, 300);
    },
    FUZZ_TIMEOUT_MS,
  );
});
