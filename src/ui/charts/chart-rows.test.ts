import { describe, expect, it } from 'vitest';
import { analyse } from '../../domain/analysis';
import { estimate } from '../../domain/estimate';
import { MEMORY_PARTS } from '../../domain/per-gpu-memory';
import { GPU_PRESETS } from '../../domain/presets/gpus';
import { DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import { dtypeChartRows, gpuChartRows, memoryChartRows, type ChartData } from './chart-rows';

const training: Scenario = {
  ...DEFAULT_SCENARIO,
  model: 'llama-2-7b',
  gpu: 'rtx-4090',
  mode: 'training',
};
const inference: Scenario = { ...training, mode: 'inference' };

const stackBytes = (data: ChartData, index = 0): number => {
  const row = data.rows[index]!;
  return data.parts.reduce((sum, part) => sum + row.bytes[part], 0);
};

describe('memoryChartRows', () => {
  it('draws one bar whose applicable parts add up to the per-GPU total, with the capacity in force', () => {
    for (const scenario of [
      training,
      inference,
      { ...training, zeroStage: 3 as const },
      { ...training, mode: 'finetune' as const },
    ]) {
      const e = estimate(scenario);
      const data = memoryChartRows(e, 'GB');
      expect(data.rows).toHaveLength(1);
      const [row] = data.rows;
      expect(stackBytes(data)).toBeCloseTo(e.layout.perGpuBytes, 0);
      expect(row!.totalBytes).toBe(e.layout.perGpuBytes);
      expect(row!.capacityBytes).toBe(e.layout.capacityBytes);
      expect(row!.fits).toBe(e.layout.fits);
      expect(row!.gpus).toBe(e.layout.gpus);
    }
  });

  it('stacks only the parts of the mode: no KV cache in training, no gradients or optimizer in inference', () => {
    expect(memoryChartRows(estimate(training), 'GB').parts).toEqual([
      'weights',
      'gradients',
      'optimizer',
      'activations',
      'overhead',
    ]);
    expect(memoryChartRows(estimate(inference), 'GB').parts).toEqual([
      'weights',
      'activations',
      'kvCache',
      'overhead',
    ]);
  });

  it('gives axis values in GB (10^9 bytes) or GiB (2^30 bytes) and keeps the exact bytes', () => {
    const e = estimate(inference);
    const gb = memoryChartRows(e, 'GB').rows[0]!;
    const gib = memoryChartRows(e, 'GiB').rows[0]!;
    for (const part of MEMORY_PARTS) {
      expect(gb.values[part]).toBeCloseTo(e.layout.perGpu[part] / 1e9, 12);
      expect(gib.values[part]).toBeCloseTo(e.layout.perGpu[part] / 2 ** 30, 12);
      expect(gib.bytes[part]).toBe(e.layout.perGpu[part]);
    }
    expect(gb.capacity).toBeCloseTo(e.layout.capacityBytes / 1e9, 12);
    expect(gib.capacity).toBeCloseTo(24564 / 1024, 12);
  });

  it('names the layout in force on the bar', () => {
    expect(memoryChartRows(estimate(inference), 'GB').rows[0]!.label).toBe('Per GPU (1 GPU)');
    const manual: Scenario = {
      ...training,
      layout: 'manual',
      tensorParallel: 2,
      pipelineParallel: 1,
      dataParallel: 4,
      zeroStage: 3,
    };
    expect(memoryChartRows(estimate(manual), 'GB').rows[0]!.label).toBe(
      'Per GPU (8 GPUs: DeepSpeed ZeRO-3, TP 2 × DP 4)',
    );
  });
});

describe('gpuChartRows', () => {
  it('draws one bar per GPU preset at the layout found for it, each with its own capacity', () => {
    const data = gpuChartRows(analyse(inference).gpus(), 'GB', 'rtx-4090');
    expect(data.rows.map((row) => row.id)).toEqual(GPU_PRESETS.map((preset) => preset.id));
    for (const row of data.rows) {
      const e = estimate({ ...inference, gpu: row.id });
      expect(row.capacityBytes).toBe(e.layout.capacityBytes);
      expect(row.totalBytes).toBe(e.layout.perGpuBytes);
      expect(row.fits).toBe(true);
    }
    expect(stackBytes(data, 0)).toBeCloseTo(data.rows[0]!.totalBytes, 0);
    expect(data.rows.find((row) => row.id === 'rtx-4090')!.label).toBe(
      'RTX 4090 24GB · 1 GPU (selected)',
    );
    expect(data.notes).toEqual([]);
  });

  it('lists a GPU on which no layout fits in the notes instead of drawing it', () => {
    const huge: Scenario = { ...training, batch: 64, seqLen: 1_000_000 };
    const data = gpuChartRows(analyse(huge).gpus(), 'GB', 'rtx-4090');
    expect(data.rows).toEqual([]);
    expect(data.notes).toHaveLength(1);
    expect(data.notes[0]).toMatch(
      /^V100 32GB, A100 40GB, .*, MI355X 288GB, Apple M3 Max 128GB: no layout fits \(activations/,
    );
    expect(data.parts).toEqual(['weights', 'gradients', 'optimizer', 'activations', 'overhead']);
  });
});

describe('dtypeChartRows', () => {
  it('skips the dtypes training cannot use and says why', () => {
    const data = dtypeChartRows(analyse(training).dtypes(), 'GB', 'bf16');
    expect(data.rows.map((row) => row.id)).toEqual(['fp32', 'bf16', 'fp16']);
    expect(data.notes).toHaveLength(1);
    expect(data.notes[0]).toMatch(
      /^fp8 \(per-tensor scale\), int8 \(LLM.int8\), int4 \(group 128\), AWQ int4 \(g128\), bitsandbytes NF4, GGUF Q4_K_M: weights cannot be trained directly; train in fp32, bf16 or fp16/,
    );
    expect(data.rows[1]!.label).toMatch(/^bf16 · \d+ GPUs? \(selected\)$/);
  });

  it('draws every dtype for inference, smaller weights for narrower types', () => {
    const data = dtypeChartRows(
      analyse({ ...inference, gpu: 'a100-80gb' }).dtypes(),
      'GiB',
      'bf16',
    );
    expect(data.rows.map((row) => row.id)).toEqual([
      'fp32',
      'bf16',
      'fp16',
      'fp8',
      'int8',
      'int4',
      'awq-int4',
      'bnb-nf4',
      'gguf-q4_k_m',
    ]);
    expect(data.rows.every((row) => row.gpus === 1)).toBe(true);
    const weights = data.rows.map((row) => row.bytes.weights);
    expect(weights[1]).toBeCloseTo(weights[0]! / 2, 0);
    expect(weights[5]).toBeLessThan(weights[4]!);
    for (const [index, row] of data.rows.entries())
      expect(stackBytes(data, index)).toBeCloseTo(row.totalBytes, 0);
  });
});
