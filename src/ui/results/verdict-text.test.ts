import { describe, expect, it } from 'vitest';
import { estimateWith } from '../../test/scenario-fixtures';
import { scenarioSummary, verdictText } from './verdict-text';

describe('verdictText', () => {
  it('Llama-2-7B inference fits on one RTX 4090 with room to spare', () => {
    const verdict = verdictText(estimateWith({ mode: 'inference', engine: 'hf' }), 'GB');
    expect(verdict).toEqual({
      fits: true,
      headline: 'Fits on 1 × RTX 4090 24GB with 9.73 GB to spare',
      notes: [],
    });
  });

  it('speaks the store unit', () => {
    expect(verdictText(estimateWith({ mode: 'inference', engine: 'hf' }), 'GiB').headline).toBe(
      'Fits on 1 × RTX 4090 24GB with 9.06 GiB to spare',
    );
  });

  it('Llama-2-70B inference on A100 40GB needs several GPUs, with the layout named', () => {
    const verdict = verdictText(
      estimateWith({ mode: 'inference', engine: 'hf', model: 'llama-2-70b', gpu: 'a100-40gb' }),
      'GB',
    );
    expect(verdict.fits).toBe(true);
    expect(verdict.headline).toBe('Needs 4 × A100 40GB with tensor parallel 4');
    expect(verdict.notes).toEqual([]);
  });

  it('7B bf16 training without ZeRO on RTX 4090: plain DDP never fits; names the chosen and the best stage', () => {
    const verdict = verdictText(estimateWith({ zeroStage: 0 }), 'GB');
    expect(verdict.headline).toBe('Needs 8 × RTX 4090 24GB with tensor parallel 8');
    expect(verdict.notes).toEqual([
      'Does not fit with plain DDP at any size: each GPU would hold the full 118 GB (25.8 GB usable).',
      'Without ZeRO it needs 8 GPUs (tensor parallel 8).',
      'ZeRO-3 needs 6 GPUs (TP 2 × DP 3), the fewest of any stage.',
    ]);
  });

  it('names ZeRO in the headline when the chosen stage shards, and says when no stage does better', () => {
    const verdict = verdictText(estimateWith({ zeroStage: 3 }), 'GB');
    expect(verdict.headline).toBe('Needs 6 × RTX 4090 24GB with TP 2 × DP 3 (ZeRO-3)');
    expect(verdict.notes).toContain('ZeRO-3 needs 6 GPUs (TP 2 × DP 3), as few as any ZeRO stage.');
  });

  it('a manual layout that does not fit says by how much, and what the automatic layout would use', () => {
    const verdict = verdictText(
      estimateWith({ mode: 'inference', engine: 'hf', layout: 'manual', batch: 64 }),
      'GB',
    );
    expect(verdict.fits).toBe(false);
    expect(verdict.headline).toBe(
      'Does not fit: 109 GB per GPU on RTX 4090 24GB (25.8 GB usable, 83.4 GB over)',
    );
    expect(verdict.notes).toEqual(['The automatic layout would use 8 GPUs (tensor parallel 8).']);
  });

  it('a manual layout that fits on more GPUs than needed says so', () => {
    const verdict = verdictText(
      estimateWith({ mode: 'inference', engine: 'hf', layout: 'manual', tensorParallel: 2 }),
      'GB',
    );
    expect(verdict.fits).toBe(true);
    expect(verdict.headline).toMatch(
      /^Fits on 2 × RTX 4090 24GB \(tensor parallel 2\) with [\d.]+ GB to spare per GPU$/,
    );
    expect(verdict.notes).toEqual(['The automatic layout would use 1 GPU.']);
  });

  it('inference that fits nowhere gives the search’s reason', () => {
    const verdict = verdictText(
      estimateWith({ mode: 'inference', engine: 'hf', batch: 100_000 }),
      'GB',
    );
    expect(verdict.fits).toBe(false);
    expect(verdict.headline).toBe('Does not fit on RTX 4090 24GB at any layout');
    expect(verdict.notes).toHaveLength(1);
    expect(verdict.notes[0]).toMatch(/^Activations, KV cache and overhead alone exceed one GPU/);
  });

  it('training that fits at no stage says so and why', () => {
    const verdict = verdictText(
      estimateWith({ model: 'llama-3.1-405b', gpu: 'a100-40gb', zeroStage: 3 }),
      'GB',
    );
    expect(verdict.headline).toBe('Does not fit on A100 40GB at any layout with ZeRO-3');
    expect(verdict.notes[0]).toMatch(/^Does not fit with plain DDP at any size/);
    expect(verdict.notes[1]).toMatch(
      /^ZeRO-3, nothing fits: activations, KV cache and overhead alone exceed one GPU/,
    );
    expect(verdict.notes[2]).toBe('No ZeRO stage fits on this GPU.');
  });

  it('LoRA fine-tuning that fits on one GPU adds no plain-DDP note', () => {
    const verdict = verdictText(estimateWith({ mode: 'finetune' }), 'GB');
    expect(verdict.headline).toMatch(/^Fits on 1 × RTX 4090 24GB with [\d.]+ GB to spare$/);
    expect(verdict.notes).toEqual([]);
  });
});

describe('scenarioSummary', () => {
  it('names the model, mode, dtype and workload', () => {
    expect(scenarioSummary(estimateWith())).toBe(
      'Llama-2-7B · training · bf16 · batch 1 × 2,048 tokens',
    );
    expect(scenarioSummary(estimateWith({ mode: 'inference', engine: 'hf', batch: 4 }))).toBe(
      'Llama-2-7B · inference · bf16 · batch 4 × 2,048 prompt + 256 generated tokens',
    );
    expect(
      scenarioSummary(estimateWith({ mode: 'finetune', finetuneMethod: 'qlora', dtype: 'int4' })),
    ).toContain('QLoRA fine-tuning · int4');
  });
});
