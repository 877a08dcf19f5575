import { describe, expect, it } from 'vitest';
import { formatBytesIn } from '../../lib/format';
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
    // FSDP full shard on 17 RTX 4090s (docs/method.md §12): 17 replicas of 2,048 tokens a step.
    const e = estimateWith();
    const figures = asMap(verdictFigures(e, 'GiB'));
    expect(e.layout.gpus).toBe(17);
    expect(figures['Total across 17 GPUs']).toBe(formatBytesIn(e.totalBytes, 'GiB'));
    // Each GPU runs its own 2,048 tokens: 6 × 6,738,415,616 × 2,048 / (165.2e12 × 0.4) = 1.25 s.
    expect(figures['Training step']).toBe('1.25 s for 34,816 tokens');
    expect(figures['Training throughput']).toBe('27,800 tokens/s at 40% of peak FLOP/s');
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
