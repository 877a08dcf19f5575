/** The suffixes a token budget may be typed with, largest first: "2T", "300B", "50M", "8k". */
const SUFFIXES: readonly (readonly [string, number])[] = [
  ['T', 1e12],
  ['B', 1e9],
  ['M', 1e6],
  ['K', 1e3],
];
const COUNT_TEXT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([tbmk]?)$/i;

/**
 * A token count as typed: plain ("1000000"), grouped ("1,000,000" or "1 000 000"), in exponent form
 * ("1e12") or with a suffix ("2T", "1.4t", "300B", "50M", "8k"). Null while it is not a number yet;
 * out-of-range numbers (0, 1.5, −3) come back as numbers so the engine can say what is wrong.
 */
export function parseTokenCount(text: string): number | null {
  const compact = text.trim().replace(/[\s,_]/g, '');
  const match = COUNT_TEXT.exec(compact);
  if (!match) return null;
  const [, digits = '', suffix = ''] = match;
  const scale = SUFFIXES.find(([name]) => name === suffix.toUpperCase())?.[1] ?? 1;
  // Scaling the decimal text, not the parsed number, keeps "1.4T" exactly 1,400,000,000,000.
  const value = scale === 1 ? Number(digits) : Number(`${digits}e${Math.log10(scale)}`);
  return Number.isFinite(value) ? value : null;
}

/** A stored count as the box shows it: the shortest exact suffix form ("1T", "250B", "1.5M"), else the plain number. */
export function tokenCountText(value: number): string {
  if (!Number.isFinite(value)) return '';
  for (const [name, scale] of SUFFIXES) {
    const scaled = value / scale;
    if (Math.abs(scaled) < 1) continue;
    const text = String(Number(scaled.toPrecision(12)));
    if (text.length <= 6 && parseTokenCount(`${text}${name}`) === value) return `${text}${name}`;
  }
  return String(value);
}
