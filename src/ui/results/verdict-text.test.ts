import { describe, expect, it } from 'vitest';
import { estimateWith } from '../../test/scenario-fixtures';
import { fullRecomputePlan } from '../../domain/training/training-estimate';
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

  it('7B bf16 training on RTX 4090 (PCIe): FSDP full shard, never tensor parallel; plain DDP never fits; names what recomputation would need', () => {
    const e = estimateWith();
    const recompute = fullRecomputePlan(e.scenario)!;
    const verdict = verdictText(e, 'GB', { plan: recompute });
    expect(verdict.headline).toBe('FSDP full shard on 17 × RTX 4090 24GB');
    expect(verdict.tight).toBe(false);
    expect(verdict.notes).toEqual([
      'Does not fit with plain DDP at any size: each GPU would hold the full 136 GB (24.5 GB usable).',
      'With full activation checkpointing (gradient_checkpointing=True in Hugging Face, --recompute-granularity full in Megatron-LM): FSDP full shard on 7 × RTX 4090 24GB.',
    ]);
  });

  it('Llama-3.1-8B full fine-tuning on A100 80GB: three GPUs, sharded, never tensor parallel 2', () => {
    const verdict = verdictText(
      estimateWith({
        model: 'llama-3.1-8b',
        gpu: 'a100-80gb',
        mode: 'finetune',
        finetuneMethod: 'full',
      }),
      'GB',
    );
    expect(verdict.headline).toBe('FSDP shard grad op on 3 × A100 80GB');
  });

  it('a chosen framework leads, with the best plan of any framework beside it', () => {
    const verdict = verdictText(estimateWith({ framework: 'zero3' }), 'GB');
    expect(verdict.headline).toBe('DeepSpeed ZeRO-3 on 18 × RTX 4090 24GB');
    expect(verdict.notes[0]).toBe(
      'The best plan of any framework: FSDP full shard on 17 × RTX 4090 24GB.',
    );
  });

  it('offload keeps the states in host memory and says how much per node', () => {
    const verdict = verdictText(
      estimateWith({ framework: 'zero3', offloadOptimizer: 'cpu', offloadParams: 'cpu' }),
      'GB',
    );
    expect(
      verdict.notes.some((note) =>
        /^Keeps [\d.,]+ GB in host memory on each node \(optimizer and parameter offload to CPU\)\.$/.test(
          note,
        ),
      ),
    ).toBe(true);
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

  it('training that fits with no framework says so, and a chosen framework says why', () => {
    const huge = { batch: 64, seqLen: 1_000_000 };
    expect(verdictText(estimateWith(huge), 'GB').headline).toBe(
      'Does not fit on RTX 4090 24GB with any framework',
    );
    const zero3 = verdictText(estimateWith({ ...huge, framework: 'zero3' }), 'GB');
    expect(zero3.headline).toBe('Does not fit on RTX 4090 24GB with DeepSpeed ZeRO-3');
    expect(zero3.notes[0]).toMatch(/^Activations and overhead alone exceed one GPU/);
  });

  it('LoRA fine-tuning with gradient checkpointing fits on one GPU and adds no plain-DDP note', () => {
    const verdict = verdictText(estimateWith({ mode: 'finetune', recompute: 'full' }), 'GB');
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
