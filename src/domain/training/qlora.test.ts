import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate';
import { defineModel } from '../model';
import { freshScenario } from '../scenario';
import { weightFormat } from '../formats/catalogue';

/** LLaMA-65B: 80 layers, dimension 8192, 64 heads (LLaMA paper, Table 2), FFN 22016, vocabulary 32000. */
const llama65b = defineModel({
  name: 'LLaMA-65B',
  layers: 80,
  hidden: 8192,
  heads: 64,
  intermediate: 22016,
  vocab: 32000,
  mlp: 'gated',
  norm: 'rmsnorm',
  positions: 'rotary',
  maxPositions: 2048,
  tiedEmbeddings: false,
});

describe('QLoRA (Dettmers et al. 2023, arXiv:2305.14314)', () => {
  it('§3: double quantization stores 8/64 + 32/(64·256) bits of constants a weight instead of 32/64, "a reduction of 0.373 bits per parameter"', () => {
    const plain = weightFormat('bnb-nf4').bitsPerWeight;
    const doubleQuant = weightFormat('bnb-nf4-dq').bitsPerWeight;
    expect(plain).toBeCloseTo(4.5, 2);
    expect(doubleQuant).toBeCloseTo(4.127, 2);
    expect(plain - doubleQuant).toBeCloseTo(0.373, 2);
  });

  it('Abstract: double quantization saves "approximately 3 GB for a 65B model"', () => {
    const qlora = { model: llama65b, mode: 'finetune', finetuneMethod: 'qlora' } as const;
    const without = estimate(freshScenario({ ...qlora, dtype: 'bnb-nf4' })).states.weights;
    const withDq = estimate(freshScenario(qlora)).states.weights;
    expect((without - withDq) / 1e9).toBeCloseTo(3, 0);
  });

  it('Abstract: "finetune a 65B parameter model on a single 48GB GPU" with the paper\'s recipe', () => {
    // scripts/finetune_guanaco_65b.sh: --lora_r 64 --lora_modules all --double_quant --quant_type nf4
    // --bf16 --bits 4 --gradient_checkpointing --per_device_train_batch_size 1 --target_max_len 512;
    // qlora.py: optim='paged_adamw_32bit'. The 48 GB card is the L40S preset.
    const e = estimate(
      freshScenario({
        model: llama65b,
        gpu: 'l40s-48gb',
        mode: 'finetune',
        finetuneMethod: 'qlora',
        loraRank: 64,
        loraTargets: ['q', 'k', 'v', 'o', 'gate', 'up', 'down'],
        batch: 1,
        seqLen: 512,
        recompute: 'full',
        optimizer: 'adamw',
        pagedOptimizer: true,
      }),
    );
    expect(e.layout.gpus).toBe(1);
    expect(e.layout.fits).toBe(true);
    // The paged optimizer is what lets it fit: part of its state waits in CPU memory.
    expect(e.training!.plan.hostBytesPerNode).toBeGreaterThan(0);
  });

  it('Intro: "regular 16-bit finetuning of a LLaMA 65B parameter model requires more than 780 GB of GPU memory"', () => {
    const full = estimate(
      freshScenario({ model: llama65b, mode: 'finetune', finetuneMethod: 'full' }),
    ).states;
    expect((full.weights + full.gradients + full.optimizer) / 1e9).toBeGreaterThan(780);
  });
});
