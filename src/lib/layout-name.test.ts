import { describe, expect, it } from 'vitest';
import type { Layout } from '../domain/layout';
import { layoutName, stageName } from './layout-name';

const layout = (overrides: Partial<Layout>): Layout => ({
  tensorParallel: 1,
  pipelineParallel: 1,
  dataParallel: 1,
  zeroStage: 0,
  sequenceParallel: false,
  ...overrides,
});

describe('layoutName', () => {
  it.each<[Partial<Layout>, string]>([
    [{}, 'one GPU'],
    [{ tensorParallel: 8 }, 'tensor parallel 8'],
    [{ pipelineParallel: 4 }, 'pipeline parallel 4'],
    [{ dataParallel: 6 }, 'data parallel 6'],
    [{ dataParallel: 6, zeroStage: 3 }, 'ZeRO-3'],
    [{ tensorParallel: 8, pipelineParallel: 2 }, 'TP 8 × PP 2'],
    [{ tensorParallel: 2, dataParallel: 3, zeroStage: 3 }, 'TP 2 × DP 3 (ZeRO-3)'],
    [{ tensorParallel: 4, zeroStage: 2 }, 'tensor parallel 4'],
    [{ tensorParallel: 4, sequenceParallel: true }, 'tensor parallel 4 and sequence parallel'],
    [{ dataParallel: 1200, zeroStage: 1 }, 'ZeRO-1'],
    [{ tensorParallel: 2, dataParallel: 1200 }, 'TP 2 × DP 1,200'],
  ])('%o → %s', (overrides, name) => {
    expect(layoutName(layout(overrides))).toBe(name);
  });

  it('leaves ZeRO out when asked, for sentences that already name the stage', () => {
    expect(
      layoutName(layout({ tensorParallel: 2, dataParallel: 3, zeroStage: 3 }), { withZero: false }),
    ).toBe('TP 2 × DP 3');
    expect(layoutName(layout({ dataParallel: 6, zeroStage: 3 }), { withZero: false })).toBe(
      'data parallel 6',
    );
  });
});

describe('stageName', () => {
  it('names stage 0 as no ZeRO', () => {
    expect(stageName(0)).toBe('Without ZeRO');
    expect(stageName(2)).toBe('ZeRO-2');
  });
});
