import { describe, expect, it } from 'vitest';
import { formatWorkValue } from './work-values';

describe('formatWorkValue', () => {
  it('shows amounts of memory in the store unit', () => {
    expect(
      formatWorkValue(
        { symbol: 'W', meaning: 'bytes of all weights', value: 13_476_831_232 },
        'GB',
      ),
    ).toBe('W = 13.5 GB');
    expect(
      formatWorkValue({ symbol: 'overhead', meaning: 'bytes per GPU', value: 2 ** 30 }, 'GiB'),
    ).toBe('overhead = 1 GiB');
  });

  it('shows counts exactly and rates as plain numbers', () => {
    expect(
      formatWorkValue({ symbol: 'Ψ', meaning: 'parameters', value: 6_738_415_616 }, 'GB'),
    ).toBe('Ψ = 6,738,415,616');
    expect(formatWorkValue({ symbol: 'g', meaning: 'bytes per gradient', value: 2 }, 'GB')).toBe(
      'g = 2',
    );
    expect(
      formatWorkValue({ symbol: 'bytes', meaning: 'bytes per KV element', value: 0.5625 }, 'GB'),
    ).toBe('bytes = 0.563');
  });
});
