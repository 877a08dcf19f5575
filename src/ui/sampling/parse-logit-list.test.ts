import { describe, expect, it } from 'vitest';
import { EXAMPLE_DISTRIBUTION } from './example-distribution';
import { MAX_LOGIT_LINES, formatLogitList, parseLogitList } from './parse-logit-list';

describe('parseLogitList', () => {
  it('reads tab, comma and space separated lines and ignores empty ones', () => {
    expect(parseLogitList('Paris\t16.9\n\n a, 15\r\nNew York  -2.5e-1\n, 1.5\n')).toEqual({
      ok: true,
      distribution: { tokens: ['Paris', 'a', 'New York', ','], logits: [16.9, 15, -0.25, 1.5] },
      warnings: [],
    });
  });

  it('accepts a comma followed by spaces, a Unicode minus and a leading plus', () => {
    const parsed = parseLogitList('Paris, 3\nLyon −1\nNice +.5');
    expect(parsed).toMatchObject({
      ok: true,
      distribution: { tokens: ['Paris', 'Lyon', 'Nice'], logits: [3, -1, 0.5] },
    });
  });

  it('names the line and what is wrong with it', () => {
    const parsed = parseLogitList(
      'Paris 3\nLondon 2\nRome abc\n\nalone\n4.5\nBerlin -inf\nMadrid 1e999',
    );
    expect(parsed).toEqual({
      ok: false,
      errors: [
        "line 3: 'abc' is not a number",
        'line 5: needs a token and a logit, separated by a tab, a comma or a space',
        'line 6: the token is missing before the logit 4.5',
        "line 7: '-inf' is not a finite number; leave the token out instead",
        "line 8: '1e999' is too large",
      ],
    });
  });

  it('keeps repeated tokens as separate candidates and warns about them', () => {
    const parsed = parseLogitList('Paris 3\nLyon 2\nParis 1');
    expect(parsed).toEqual({
      ok: true,
      distribution: { tokens: ['Paris', 'Lyon', 'Paris'], logits: [3, 2, 1] },
      warnings: ["line 3: 'Paris' repeats line 1; both count as separate candidates"],
    });
  });

  it('needs at least one line and takes at most the limit', () => {
    expect(parseLogitList(' \n\n')).toEqual({
      ok: false,
      errors: ['Paste at least one token and its logit.'],
    });
    const lines = Array.from({ length: MAX_LOGIT_LINES + 1 }, (_, i) => `t${i} ${-i}`).join('\n');
    expect(parseLogitList(lines)).toEqual({
      ok: false,
      errors: ['The list has 5,001 tokens; the explorer takes at most 5,000.'],
    });
    expect(parseLogitList(lines.split('\n').slice(1).join('\n')).ok).toBe(true);
  });

  it('reads a line with a 20,000-character token, and names one with no separator', () => {
    const long = 'a'.repeat(20_000);
    expect(parseLogitList(`${long} 1.5\n${long}`)).toEqual({
      ok: false,
      errors: ['line 2: needs a token and a logit, separated by a tab, a comma or a space'],
    });
    expect(parseLogitList(`${long}\t-2\nNew York, ${long.length}`)).toEqual({
      ok: true,
      distribution: { tokens: [long, 'New York'], logits: [-2, 20_000] },
      warnings: [],
    });
  });

  it('reads back what formatLogitList writes', () => {
    const parsed = parseLogitList(formatLogitList(EXAMPLE_DISTRIBUTION));
    expect(parsed).toEqual({
      ok: true,
      distribution: { tokens: EXAMPLE_DISTRIBUTION.tokens, logits: EXAMPLE_DISTRIBUTION.logits },
      warnings: [],
    });
  });
});

describe('the built-in example', () => {
  it('has at least 50 distinct tokens with finite logits in descending order', () => {
    const { tokens, logits } = EXAMPLE_DISTRIBUTION;
    expect(tokens.length).toBeGreaterThanOrEqual(50);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(logits).toHaveLength(tokens.length);
    logits.forEach((logit, i) => {
      expect(Number.isFinite(logit)).toBe(true);
      if (i > 0) expect(logit).toBeLessThan(logits[i - 1]!);
    });
  });
});
