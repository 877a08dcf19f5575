import { describe, expect, it } from 'vitest';
import { analyse } from '../../domain/analysis';
import { GPU_PRESETS } from '../../domain/presets/gpus';
import { gpuTableRows } from './gpu-rows';
import { freshScenario } from '../../domain/scenario';

const rowsFor = (overrides: Parameters<typeof freshScenario>[0]) => {
  const scenario = freshScenario(overrides);
  return gpuTableRows(analyse(scenario).gpus(), scenario.gpu, 'GB');
};

describe('gpuTableRows', () => {
  it('one row per preset, the current one marked', () => {
    const rows = rowsFor({ mode: 'inference', engine: 'hf' });
    expect(rows.map((row) => row.presetId)).toEqual(GPU_PRESETS.map((preset) => preset.id));
    expect(rows.filter((row) => row.isCurrent).map((row) => row.presetId)).toEqual(['rtx-4090']);
  });

  it('Llama-2-70B inference: the GPUs each preset needs, its layout and per-GPU memory', () => {
    const rows = rowsFor({
      mode: 'inference',
      engine: 'hf',
      model: 'llama-2-70b',
      gpu: 'a100-40gb',
    });
    const a100 = rows.find((row) => row.presetId === 'a100-40gb')!;
    expect(a100).toMatchObject({
      name: 'A100 40GB',
      // 40,960 × 2^20 bytes = 42.95 × 10^9.
      capacity: '42.95 GB',
      driverFigure: 'nvidia-smi: 40,960 MiB',
      gpus: '4',
      layout: 'tensor parallel 4',
      fits: true,
      status: 'Fits',
      statusDetail: null,
      isCurrent: true,
    });
    expect(a100.perGpu).toBe('36 GB');
    expect(rows.find((row) => row.presetId === 'mi300x-192gb')).toMatchObject({
      gpus: '1',
      layout: null,
      fits: true,
    });
  });

  it('a manual layout is checked on every GPU and says by how much it is over', () => {
    const rows = rowsFor({ mode: 'inference', engine: 'hf', layout: 'manual', batch: 64 });
    const rtx = rows.find((row) => row.presetId === 'rtx-4090')!;
    expect(rtx.fits).toBe(false);
    expect(rtx).toMatchObject({ status: 'Does not fit', statusDetail: '83.4 GB over' });
    expect(rows.find((row) => row.presetId === 'h200-141gb')!.status).toBe('Fits');
  });

  it('gives the reason when no layout fits', () => {
    const rows = rowsFor({ batch: 64, seqLen: 1_000_000 });
    const v100 = rows.find((row) => row.presetId === 'v100-32gb')!;
    expect(v100).toMatchObject({ gpus: '—', layout: null, fits: false, status: 'Does not fit' });
    expect(v100.statusDetail).toMatch(/^activations and overhead alone exceed one GPU/);
  });

  it('marks no row current for a custom GPU', () => {
    const rows = rowsFor({ gpu: { ...GPU_PRESETS[0]!.gpu, name: 'Custom' } });
    expect(rows.some((row) => row.isCurrent)).toBe(false);
  });
});
