import { describe, expect, it } from 'vitest';
import { costPerMillionTokens, priceKey, trainingRunCost } from './cost';

describe('cost at the user’s own price', () => {
  it('a training run costs its GPU-hours times the price', () => {
    expect(trainingRunCost(1000, 2.5)).toBe(2500);
  });

  it('a million tokens cost the GPUs’ hourly price over the tokens they make in an hour', () => {
    // 2 GPUs at 3 an hour make 1,000 tokens/s = 3.6M tokens an hour: 6 / 3.6 per million.
    expect(costPerMillionTokens(3, 2, 1000)).toBeCloseTo(6 / 3.6, 12);
  });

  it('keeps a preset’s price under its id and a custom GPU’s under its name', () => {
    expect(priceKey('h100-80gb')).toBe('h100-80gb');
    expect(priceKey({ name: 'Lab GPU' })).toBe('custom:Lab GPU');
  });
});
