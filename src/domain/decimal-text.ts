/**
 * Finite numbers as en-US text, written out by hand: the same text `Intl.NumberFormat('en-US')`
 * gives with these options (a property test holds them equal), without its cost. A page's first
 * `Intl.NumberFormat` loads the locale's data, 13–25 ms on a laptop core and four times that on a
 * phone, in one piece that nothing can slice (docs/performance.md).
 *
 * Like ICU, the rounding starts from the shortest decimal that reads back as the same double
 * (what `toExponential()` prints) and rounds half away from zero ("halfExpand").
 */

/** A decimal: its digits without leading zeros, and the power of ten of the first one. */
interface Decimal {
  digits: string;
  exponent: number;
}

function shortestDecimal(magnitude: number): Decimal {
  const [mantissa = '0', exponent = '0'] = magnitude.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

/** Keeps the first `kept` digits, rounding half away from zero; a carry adds a digit in front. */
function roundDigits({ digits, exponent }: Decimal, kept: number): Decimal {
  if (kept >= digits.length) return { digits, exponent };
  if (kept < 0) return { digits: '0', exponent: 0 };
  const roundsUp = (digits[kept] ?? '0') >= '5';
  let head = digits.slice(0, kept);
  if (!roundsUp) return head === '' ? { digits: '0', exponent: 0 } : { digits: head, exponent };
  let position = head.length - 1;
  while (position >= 0 && head[position] === '9') position--;
  if (position < 0) return { digits: '1', exponent: exponent + 1 };
  head = head.slice(0, position) + String(Number(head[position]) + 1);
  return { digits: head, exponent };
}

/**
 * "1234567" → "1,234,567". Sliced by hand: the page formats a number while its script is first
 * evaluated, and compiling a look-ahead pattern there cost 2 ms of that one task.
 */
function group(integer: string): string {
  const head = integer.length % 3 || 3;
  let text = integer.slice(0, head);
  for (let at = head; at < integer.length; at += 3) text += `,${integer.slice(at, at + 3)}`;
  return text;
}

/** Plain notation, grouped, without trailing zeros after the point. */
function plainText({ digits, exponent }: Decimal): string {
  if (digits === '0') return '0';
  const integerDigits = exponent + 1;
  if (integerDigits <= 0) return `0.${'0'.repeat(-integerDigits)}${digits}`.replace(/\.?0+$/, '');
  const padded = digits.padEnd(integerDigits, '0');
  const fraction = padded.slice(integerDigits).replace(/0+$/, '');
  return group(padded.slice(0, integerDigits)) + (fraction ? `.${fraction}` : '');
}

function signed(value: number, text: (magnitude: number) => string): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const magnitude = Math.abs(value);
  return sign + (magnitude === Infinity ? '∞' : text(magnitude));
}

/** As `{ maximumSignificantDigits }`: 1234.5 → "1,230" at 3, 0.012345 → "0.0123". */
export function toSignificant(value: number, digits: number): string {
  return signed(value, (magnitude) => plainText(roundDigits(shortestDecimal(magnitude), digits)));
}

/** As `{ maximumFractionDigits }`: 1234.567 → "1,234.57" at 2, "1,235" at 0. */
export function toFraction(value: number, fractionDigits: number): string {
  return signed(value, (magnitude) => {
    const decimal = shortestDecimal(magnitude);
    return plainText(roundDigits(decimal, decimal.exponent + 1 + fractionDigits));
  });
}
