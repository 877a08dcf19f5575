import { describe, expect, it } from 'vitest';
import { estimateWith } from '../../test/scenario-fixtures';
import { verdictFigures } from './verdict-figures';

const asMap = (figures: { label: string; value: string }[]) =>
  Object.fromEntries(figures.map((f) => [f.label, f.value]));

describe('verdictFigures', () => {
  it('inference: per-GPU use against capacity, total and decode speed', () => {
    expect(asMap(verdictFigures(estimateWith({ mode: 'inference', engine: 'hf' }), 'GB'))).toEqual({
      'Per GPU': '16 GB of 25.8 GB usable (62.2%)',
      'Total across 1 GPU': '16 GB',
      // 1.008 TB/s × 0.6 ÷ (13.48 GB of weights + 524,288 B × 2,176 tokens, the mean cache while decoding).
      Decode: '41.4 tokens/s per sequence, 41.4 tokens/s across 1 sequence',
      'First token, one request alone': '418 ms',
    });
  });

  it('training: step time and throughput over the layout', () => {
    const figures = asMap(verdictFigures(estimateWith(), 'GiB'));
    expect(figures['Total across 8 GPUs']).toBe('131 GiB');
    expect(figures['Training step']).toBe('157 ms for 2,048 tokens');
    expect(figures['Training throughput']).toBe('13,100 tokens/s at 40% of peak FLOP/s');
  });

  it('names the safety margin', () => {
    expect(
      asMap(
        verdictFigures(estimateWith({ mode: 'inference', engine: 'hf', safetyMargin: 0.1 }), 'GB'),
      )['Per GPU'],
    ).toContain('after a 10% margin');
  });

  it('a layout that does not fit shows how far over and no speed', () => {
    const figures = asMap(
      verdictFigures(
        estimateWith({ mode: 'inference', engine: 'hf', layout: 'manual', batch: 64 }),
        'GB',
      ),
    );
    expect(figures['Per GPU']).toBe('109 GB of 25.8 GB usable (83.4 GB over)');
    expect(figures.Speed).toBe('shown once a layout fits');
    expect(figures.Decode).toBeUndefined();
  });
});
