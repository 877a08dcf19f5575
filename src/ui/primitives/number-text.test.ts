import { describe, expect, it } from 'vitest';
import { labelIssue, numberToText, parseNumberText, sameNumber } from './number-text';
import { nearestStopIndex, powersOfTwo } from './slider-stops';

describe('number text', () => {
  it('parses only whole numbers, never blank text as 0', () => {
    expect(parseNumberText('')).toBeNull();
    expect(parseNumberText('  ')).toBeNull();
    expect(parseNumberText('-')).toBeNull();
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('010')).toBe(10);
    expect(parseNumberText('-2.5')).toBe(-2.5);
  });

  it('shows stored numbers without floating-point noise', () => {
    expect(numberToText(0.07 * 100)).toBe('7');
    expect(numberToText(2 ** 30 / 1e9)).toBe('1.073741824');
    expect(numberToText(Number.NaN)).toBe('');
    expect(sameNumber(0.07 * 100, 7)).toBe(true);
    expect(sameNumber(7.5, 7)).toBe(false);
  });

  it('puts the field name in front of the engine message', () => {
    expect(labelIssue('Batch size', 'must be at least 1, got 0')).toBe(
      'Batch size must be at least 1, got 0',
    );
    expect(labelIssue('Tensor parallel', '(3) must divide the attention heads (32)')).toBe(
      'Tensor parallel (3) must divide the attention heads (32)',
    );
    expect(labelIssue('LoRA targets', 'choose at least one projection to adapt')).toBe(
      'LoRA targets: choose at least one projection to adapt',
    );
  });
});

describe('slider stops', () => {
  it('lists powers of two and finds the nearest on a log scale', () => {
    expect(powersOfTwo(1, 16)).toEqual([1, 2, 4, 8, 16]);
    const stops = [0, ...powersOfTwo(16, 1024)];
    expect(nearestStopIndex(stops, 0)).toBe(0);
    expect(nearestStopIndex(stops, 64)).toBe(3);
    expect(nearestStopIndex(stops, 100)).toBe(4);
    expect(nearestStopIndex(stops, 1e9)).toBe(stops.length - 1);
    expect(nearestStopIndex(stops, -5)).toBe(0);
  });
});
