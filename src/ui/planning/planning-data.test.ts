import { describe, expect, it } from 'vitest';
import { estimate } from '../../domain/estimate';
import { evaluateLayout } from '../../domain/gpu-search';
import { createMemoryContext } from '../../domain/per-gpu-memory';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { CURVE_STEPS } from '../../domain/planning';
import { niceCeiling, planningData, sameCurve } from './planning-data';
import { resolveScenario } from '../../domain/scenario-validation';

const fitsAt = (scenario: Scenario, patch: Partial<Scenario>) => {
  const e = estimate(scenario);
  return evaluateLayout(
    createMemoryContext(resolveScenario({ ...scenario, ...patch })),
    e.layout.layout,
  ).fits;
};

describe('planningData', () => {
  it('puts the solver’s answer on the curve: it fits and one more sample does not', () => {
    const scenario = { ...DEFAULT_SCENARIO, recompute: 'full' as const };
    const data = planningData(estimate(scenario), 'GB');
    const answer = data.batch.answer.value;
    expect(answer).toBeGreaterThan(1);
    expect(fitsAt(scenario, { batch: answer })).toBe(true);
    expect(fitsAt(scenario, { batch: answer + 1 })).toBe(false);
    expect(data.batch.crossing).toMatchObject({ x: answer, isAnswer: true, fits: true });
    expect(data.batch.points.map((point) => point.x)).toContain(answer);
    expect(data.batch.crossing!.total).toBeLessThanOrEqual(data.batch.capacity);
  });

  it('runs the x axes over powers of two, in the page’s unit', () => {
    expect(CURVE_STEPS.seqLen).toEqual([
      128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072,
    ]);
    expect(CURVE_STEPS.batch[0]).toBe(1);
    expect(CURVE_STEPS.batch.at(-1)).toBe(1024);
    const e = estimate({ ...DEFAULT_SCENARIO, mode: 'inference' });
    const gb = planningData(e, 'GB').seqLen;
    const gib = planningData(e, 'GiB').seqLen;
    expect(gb.capacity).toBeCloseTo(e.layout.capacityBytes / 1e9, 9);
    expect(gib.capacity).toBeCloseTo(e.layout.capacityBytes / 2 ** 30, 9);
    expect(gb.points[0]!.total).toBeCloseTo(gb.points[0]!.totalBytes / 1e9, 9);
    expect(gb.parts).toEqual(['weights', 'activations', 'kvCache', 'overhead']);
  });

  it('marks no crossing when the answer lies off the chart, and caps the value axis', () => {
    const roomy = planningData(
      estimate({
        ...DEFAULT_SCENARIO,
        model: 'phi-3-mini',
        gpu: 'mi300x-192gb',
        mode: 'inference',
        seqLen: 128,
        generatedTokens: 0,
      }),
      'GB',
    );
    expect(roomy.batch.answer.value).toBeGreaterThan(1024);
    expect(roomy.batch.crossing).toBeNull();
    const tight = planningData(estimate({ ...DEFAULT_SCENARIO, seqLen: 8192 }), 'GB').seqLen;
    expect(tight.isClipped).toBe(true);
    expect(tight.yMax).toBe(niceCeiling(tight.yMax));
    expect(tight.yMaxBytes).toBeCloseTo(tight.yMax * 1e9, 0);
    expect(tight.yMax).toBeGreaterThan(tight.capacity);
  });

  it('reports 0 with no crossing when even the smallest value does not fit', () => {
    const data = planningData(estimate({ ...DEFAULT_SCENARIO, layout: 'manual' }), 'GB');
    expect(data.batch.answer).toEqual({ value: 0, atCeiling: false });
    expect(data.batch.crossing).toBeNull();
    expect(data.batch.points.every((point) => !point.fits)).toBe(true);
  });

  it('knows which curve a slider step leaves unchanged, so only the other one is redrawn', () => {
    const at = (patch: Partial<Scenario>) =>
      planningData(estimate({ ...DEFAULT_SCENARIO, mode: 'inference', ...patch }), 'GB');
    const before = at({ seqLen: 2048 });
    const longer = at({ seqLen: 2100 });
    expect(sameCurve(before.seqLen, longer.seqLen)).toBe(true);
    expect(sameCurve(before.batch, longer.batch)).toBe(false);
    const wider = at({ batch: 2 });
    expect(sameCurve(before.batch, wider.batch)).toBe(true);
    expect(sameCurve(before.seqLen, wider.seqLen)).toBe(false);
    expect(
      sameCurve(
        before.seqLen,
        planningData(estimate({ ...DEFAULT_SCENARIO, mode: 'inference' }), 'GiB').seqLen,
      ),
    ).toBe(false);
  });

  it.each([
    [77.3, 80],
    [80, 80],
    [0.23, 0.25],
    [1234, 1500],
    [0, 1],
  ])('niceCeiling(%s) = %s', (value, nice) => {
    expect(niceCeiling(value)).toBeCloseTo(nice, 12);
  });
});
