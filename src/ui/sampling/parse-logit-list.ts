import { formatInteger } from '../../lib/format';
import type { TokenDistribution } from './example-distribution';

export const MAX_LOGIT_LINES = 5000;

export type LogitListParse =
  | { ok: true; distribution: TokenDistribution; warnings: string[] }
  | { ok: false; errors: string[] };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const INFINITE = /^[+-]?(?:inf|infinity)$/i;

/** The text of a logit as a finite number, or what is wrong with it. */
function parseLogit(text: string): { value: number } | { problem: string } {
  const normalised = text.replace(/^\u2212/, '-');
  if (INFINITE.test(normalised))
    return { problem: `'${text}' is not a finite number; leave the token out instead` };
  if (!DECIMAL.test(normalised)) return { problem: `'${text}' is not a number` };
  const value = Number(normalised);
  return Number.isFinite(value) ? { value } : { problem: `'${text}' is too large` };
}

/**
 * One line as token and logit. The logit is the last field, so tokens may hold spaces ("New York 3.2");
 * the separator before it is a tab, a comma or spaces, and a lone "," stays a token (", 1.5").
 */
function parseLine(line: string): { token: string; logit: number } | { problem: string } {
  // A scan from the end, not /^(.*?)([^\s,]+)$/: that regex takes time in the square of a long token.
  let start = line.length;
  while (start > 0 && !/[\s,]/.test(line.charAt(start - 1))) start--;
  const logitText = start === line.length ? line : line.slice(start);
  const before = (start === line.length ? '' : line.slice(0, start)).trimEnd();
  const token = (before.length > 1 && before.endsWith(',') ? before.slice(0, -1) : before).trim();
  if (token === '') {
    return 'value' in parseLogit(logitText)
      ? { problem: `the token is missing before the logit ${logitText}` }
      : { problem: 'needs a token and a logit, separated by a tab, a comma or a space' };
  }
  const logit = parseLogit(logitText);
  return 'value' in logit ? { token, logit: logit.value } : logit;
}

/**
 * Reads "token<tab, comma or space>logit" lines. Empty lines are ignored. A token that repeats is kept as
 * its own candidate (two token ids can print the same), with a warning; any bad line rejects the list,
 * each problem naming its line.
 */
export function parseLogitList(text: string): LogitListParse {
  const lines = text.split(/\r\n|\r|\n/);
  const filled = lines.reduce((count, line) => count + (line.trim() === '' ? 0 : 1), 0);
  if (filled === 0) return { ok: false, errors: ['Paste at least one token and its logit.'] };
  if (filled > MAX_LOGIT_LINES) {
    return {
      ok: false,
      errors: [
        `The list has ${formatInteger(filled)} tokens; the explorer takes at most ${formatInteger(MAX_LOGIT_LINES)}.`,
      ],
    };
  }

  const tokens: string[] = [];
  const logits: number[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const firstLine = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const lineNumber = `line ${formatInteger(index + 1)}`;
    const parsed = parseLine(line);
    if ('problem' in parsed) {
      errors.push(`${lineNumber}: ${parsed.problem}`);
      return;
    }
    const seen = firstLine.get(parsed.token);
    if (seen === undefined) firstLine.set(parsed.token, index + 1);
    else
      warnings.push(
        `${lineNumber}: '${parsed.token}' repeats line ${formatInteger(seen)}; both count as separate candidates`,
      );
    tokens.push(parsed.token);
    logits.push(parsed.logit);
  });
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, distribution: { tokens, logits }, warnings };
}

/** A distribution as the lines parseLogitList reads back, tab-separated, exact to the last digit. */
export function formatLogitList(distribution: TokenDistribution): string {
  return distribution.tokens
    .map((token, i) => `${token}\t${String(distribution.logits[i])}`)
    .join('\n');
}
