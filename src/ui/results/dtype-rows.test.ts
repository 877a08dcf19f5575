import { describe, expect, it } from 'vitest';
import { analyse } from '../../domain/analysis';
import { dtypeColumns, dtypeTableRows } from './dtype-rows';
import { freshScenario } from '../../domain/scenario';
import { estimate } from '../../domain/estimate';
import { formatBytesIn } from '../../lib/format';

describe('dtypeTableRows', () => {
  it('training: numbers for the trainable dtypes, the reason for the others', () => {
    const rows = dtypeTableRows(analyse(freshScenario({ zeroStage: 3 })).dtypes(), 'GB');
    expect(rows.map((row) => row.dtype)).toEqual([
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
    expect(rows[8]!.label).toBe('GGUF Q4_K_M');
    const bf16 = rows[1]!;
    const e = estimate(freshScenario());
    expect(bf16.note).toBeNull();
    expect(bf16.fits).toBe(true);
    expect(bf16.cells).toMatchObject({
      weights: formatBytesIn(e.layout.perGpu.weights, 'GB'),
      optimizer: formatBytesIn(e.layout.perGpu.optimizer, 'GB'),
      perGpu: formatBytesIn(e.layout.perGpuBytes, 'GB'),
      gpus: '17',
    });
    // RTX 4090s talk over PCIe, so the plan shards instead of splitting tensors (docs/method.md §12).
    expect(bf16.gpusDetail).toBe('FSDP full shard');
    const int4 = rows[5]!;
    expect(int4.cells).toBeNull();
    expect(int4.note).toMatch(/^int4 \(group 128\) weights cannot be trained directly/);
  });

  it('inference: every dtype applies, each with its own GPU count', () => {
    const rows = dtypeTableRows(analyse(freshScenario({ mode: 'inference' })).dtypes(), 'GiB');
    expect(rows.every((row) => row.cells !== null)).toBe(true);
    expect(rows[0]!.cells!.gpus).toBe('2');
    expect(rows[0]!.gpusDetail).toBe('tensor parallel 2');
    expect(rows[1]!.cells!.gpus).toBe('1');
    expect(rows[1]!.gpusDetail).toBeNull();
    expect(rows[5]!.cells!.weights).toMatch(/GiB$/);
  });

  it('adds the chosen format when the compared ones leave it out', () => {
    const rows = dtypeTableRows(
      analyse(freshScenario({ mode: 'inference', dtype: 'nvfp4' })).dtypes(),
      'GB',
    );
    expect(rows.map((row) => row.dtype).at(-1)).toBe('nvfp4');
    expect(rows).toHaveLength(10);
  });

  it('says why when nothing fits', () => {
    const rows = dtypeTableRows(
      analyse(freshScenario({ batch: 64, seqLen: 1_000_000 })).dtypes(),
      'GB',
    );
    expect(rows[0]!.fits).toBe(false);
    expect(rows[0]!.cells!.gpus).toBe('None fits');
    expect(rows[0]!.gpusDetail).toMatch(/^activations and overhead alone exceed one GPU/);
  });
});

describe('dtypeColumns', () => {
  it('drops the parts a mode never has', () => {
    expect(dtypeColumns('inference')).toEqual([
      'weights',
      'activations',
      'kvCache',
      'perGpu',
      'gpus',
    ]);
    expect(dtypeColumns('training')).toEqual([
      'weights',
      'gradients',
      'optimizer',
      'activations',
      'perGpu',
      'gpus',
    ]);
  });
});
