import { GPU_PRESETS } from '../../domain/presets/gpus';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../domain/analysis';
import { estimate } from '../../domain/estimate';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { formatBytesIn } from '../../lib/format';
import { gpuChartRows, memoryChartRows } from './chart-rows';
import { chartSummary } from './chart-summary';

const inference: Scenario = {
  ...DEFAULT_SCENARIO,
  model: 'llama-2-7b',
  gpu: 'rtx-4090',
  mode: 'inference',
};

describe('chartSummary', () => {
  it('reads the scenario bar part by part against its capacity', () => {
    const e = estimate(inference);
    const text = chartSummary(memoryChartRows(e, 'GB'));
    expect(text).toBe(
      `Stacked bar chart: per-GPU memory (1 GPU) ${formatBytesIn(e.layout.perGpuBytes, 'GB')} of ${formatBytesIn(e.layout.capacityBytes, 'GB')} capacity: ` +
        `weights ${formatBytesIn(e.layout.perGpu.weights, 'GB')}, activations ${formatBytesIn(e.layout.perGpu.activations, 'GB')}, ` +
        `KV cache ${formatBytesIn(e.layout.perGpu.kvCache, 'GB')}, runtime overhead ${formatBytesIn(e.layout.perGpu.overhead, 'GB')}.`,
    );
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('says when the bar is over capacity', () => {
    const e = estimate({ ...inference, layout: 'manual', dtype: 'fp32' });
    expect(e.layout.fits).toBe(false);
    expect(chartSummary(memoryChartRows(e, 'GiB'))).toContain('capacity, over capacity:');
  });

  it('reads each comparison bar as its total against its capacity', () => {
    const text = chartSummary(gpuChartRows(analyse(inference).gpus(), 'GB', 'rtx-4090'));
    expect(text).toMatch(/^Stacked bar chart: per-GPU memory on each GPU preset/);
    expect(text).toContain('RTX 4090 24GB · 1 GPU (selected) ');
    expect(text.split('; ')).toHaveLength(GPU_PRESETS.length);
  });
});
