import fc from 'fast-check';

/** Numbers that break careless code: signed zero, overflow, underflow, NaN, infinities, fractions. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -0,
    0,
    -1,
    0.5,
    1e300,
    -1e300,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    1e15,
    1e16,
  ),
  fc.integer(),
  fc.double(),
);

/** Over-long text without the cost of generating it character by character. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 1_000, max: 10_000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Text a person or an attacker might type: markup, numbers in odd notations, control characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-',
    '1e',
    '1e300',
    '1e400',
    '-0',
    'NaN',
    'Infinity',
    '0x10',
    '1_000',
    ' 5 ',
    '٣',
    '5GiB',
    '80 GiB',
    '1.5',
    '<img src=x onerror=alert(1)>',
    '<script>window.__xss=1</script>',
    '__proto__',
    'constructor',
    '\u0000',
    '\uD800',
    '%E0%A4%A',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  hostileNumber.map(String),
  hugeString,
);

/** Any value at all where a scenario field or a config field is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileText,
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.array(hostileNumber, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileNumber, { maxKeys: 3 }),
);
