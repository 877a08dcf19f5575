import { describe, expect, it } from 'vitest';
import { headroomOf, TIGHT_THRESHOLD, usableTrainingBytes } from './headroom';
import { peakParts, stepTimeline, type StepComponents } from './step-timeline';

const none: StepComponents = {
  weights: 0,
  gradients: 0,
  optimizer: 0,
  gatheredWeights: 0,
  gatheredGradients: 0,
  persistentBuckets: 0,
  backwardBuckets: 0,
  stepTemporary: 0,
  activations: 0,
  lossForward: 0,
  lossBackward: 0,
  overhead: 0,
};

describe('one training step (docs/method.md §13)', () => {
  it('states stay all step; activations end with backward; temporaries appear in the step', () => {
    const timeline = stepTimeline({
      ...none,
      weights: 10,
      gradients: 10,
      optimizer: 60,
      gatheredWeights: 4,
      gatheredGradients: 2,
      backwardBuckets: 1,
      stepTemporary: 20,
      activations: 30,
      lossForward: 3,
      lossBackward: 5,
      overhead: 1,
    });
    expect(timeline.phases.map((p) => [p.phase, p.totalBytes])).toEqual([
      ['forward', 10 + 4 + 10 + 60 + 30 + 3 + 1],
      ['backward', 10 + 4 + 10 + 2 + 1 + 60 + 30 + 5 + 1],
      ['step', 10 + 10 + 60 + 20 + 1],
    ]);
    expect(timeline.peak).toBe('backward');
    expect(peakParts(timeline).activations).toBe(35);
  });

  it('the optimizer step peaks when its temporaries outweigh the activations', () => {
    const timeline = stepTimeline({ ...none, optimizer: 10, stepTemporary: 40, activations: 5 });
    expect(timeline.peak).toBe('step');
    expect(peakParts(timeline)).toMatchObject({ optimizer: 50, activations: 0 });
  });
});

describe('headroom (docs/method.md §13)', () => {
  it('takes both margins off the capacity, and calls a plan tight above the threshold', () => {
    expect(usableTrainingBytes(100, 0.1, 0.05)).toBeCloseTo(85.5, 12);
    expect(headroomOf(85, 85.5)).toBe('tight');
    expect(headroomOf(85.5 * TIGHT_THRESHOLD, 85.5)).toBe('comfortable');
    expect(headroomOf(86, 85.5)).toBe('over');
    // 99.95% of the usable memory is never a plain fit.
    expect(headroomOf(0.9995 * 85.5, 85.5)).toBe('tight');
  });
});
