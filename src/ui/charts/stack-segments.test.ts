import { describe, expect, it } from 'vitest';
import type { MemoryParts } from '../../domain/per-gpu-memory';
import { stackSegments } from './stack-segments';

const values: MemoryParts = {
  weights: 2,
  gradients: 2,
  optimizer: 4,
  activations: 0,
  kvCache: 0,
  overhead: 2,
};
const training = ['weights', 'gradients', 'optimizer', 'activations', 'overhead'] as const;

describe('stackSegments', () => {
  it('lays the parts end to end from the bar start, each as long as its share', () => {
    expect(stackSegments(values, training, 100, 500)).toEqual([
      { part: 'weights', left: 100, length: 100 },
      { part: 'gradients', left: 200, length: 100 },
      { part: 'optimizer', left: 300, length: 200 },
      { part: 'overhead', left: 500, length: 100 },
    ]);
  });

  it('ends where the bar ends', () => {
    const odd: MemoryParts = { ...values, weights: 1 / 3, activations: 7.25 };
    const segments = stackSegments(odd, training, 10, 333);
    const last = segments.at(-1);
    expect(last && last.left + last.length).toBeCloseTo(343, 9);
  });

  it('draws only the parts asked for', () => {
    expect(stackSegments(values, ['optimizer'], 0, 80)).toEqual([
      { part: 'optimizer', left: 0, length: 80 },
    ]);
  });

  it('draws nothing for a bar whose parts are all zero', () => {
    expect(stackSegments(values, ['activations', 'kvCache'], 0, 80)).toEqual([]);
  });
});
