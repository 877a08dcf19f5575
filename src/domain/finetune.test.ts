import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';
import { loraParamCount } from './linear-shapes';
import { countParameters } from './parameters';
import { findModelPreset } from './presets/models';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

const llama = findModelPreset('llama-2-7b')!.model;
const lora: Scenario = {
  ...DEFAULT_SCENARIO,
  mode: 'finetune',
  finetuneMethod: 'lora',
  loraRank: 16,
  loraTargets: ['q', 'k', 'v', 'o'],
};

describe('LoRA and QLoRA (Hu et al. 2021; Dettmers et al. 2023)', () => {
  it('LoRA adds r·(d_in + d_out) parameters per adapted matrix: Llama-2-7B, r = 16 on q, k, v, o', () => {
    // Four 4096 × 4096 projections per layer, 32 layers.
    expect(loraParamCount(llama, 16, ['q', 'k', 'v', 'o'])).toBe(32 * 4 * 16 * (4096 + 4096));
  });

  it('LoRA adapters on a gated MLP count gate, up and down with their own shapes', () => {
    const perLayer = 8 * (4096 + 11008) * 2 + 8 * (11008 + 4096);
    expect(loraParamCount(llama, 8, ['gate', 'up', 'down'])).toBe(32 * perLayer);
  });

  it('LoRA keeps frozen base weights with no gradients or optimizer state; adapters get 2 + 2 + 12 bytes', () => {
    const adapters = loraParamCount(llama, 16, ['q', 'k', 'v', 'o']);
    const { states } = estimate(lora);
    expect(states.trainableParams).toBe(adapters);
    expect(states.weights).toBe(countParameters(llama).total * 2 + adapters * 2);
    expect(states.gradients).toBe(adapters * 2);
    expect(states.optimizer).toBe(adapters * 12);
  });

  it('QLoRA without double quantization stores base linears in NF4 (0.5 + 4/64 bytes, plus the 16-entry fp32 code of each linear) and keeps embeddings, head and norms in 16-bit', () => {
    const params = countParameters(llama);
    const adapters = loraParamCount(llama, 16, ['q', 'k', 'v', 'o']);
    const { states } = estimate({ ...lora, finetuneMethod: 'qlora', dtype: 'bnb-nf4' });
    const linears = 32 * 7;
    expect(states.weights).toBe(
      params.quantizable * (0.5 + 4 / 64) +
        linears * 16 * 4 +
        (params.total - params.quantizable) * 2 +
        adapters * 2,
    );
    expect(states.gradients).toBe(adapters * 2);
  });

  it('QLoRA with double quantization stores 4 + 8/64 + 32/(64·256) bits a base weight (QLoRA §3); it is the default base, as in the QLoRA code', () => {
    const params = countParameters(llama);
    const nf4 = estimate({ ...lora, finetuneMethod: 'qlora', dtype: 'bnb-nf4' }).states.weights;
    const dq = estimate({ ...lora, finetuneMethod: 'qlora', dtype: 'bnb-nf4-dq' }).states.weights;
    const saved = (params.quantizable * (32 / 64 - (8 / 64 + 32 / (64 * 256)))) / 8;
    // Less the nested 256-entry fp32 code each linear keeps.
    expect(nf4 - dq).toBeCloseTo(saved - 32 * 7 * 256 * 4, 0);
    expect(estimate({ ...lora, finetuneMethod: 'qlora', dtype: 'bf16' }).states.weights).toBe(dq);
  });

  it('QLoRA on Llama-2-7B needs far less than LoRA on bf16 weights, on one GPU', () => {
    const oneGpu = { ...lora, layout: 'manual' as const };
    const loraBytes = estimate(oneGpu).layout.perGpuBytes;
    const qloraBytes = estimate({ ...oneGpu, finetuneMethod: 'qlora' }).layout.perGpuBytes;
    expect(qloraBytes).toBeLessThan(loraBytes - 8e9);
  });

  it('full fine-tuning is the training computation', () => {
    const full = estimate({ ...lora, finetuneMethod: 'full' });
    const training = estimate({ ...lora, mode: 'training' });
    expect(full.layout.perGpu).toEqual(training.layout.perGpu);
  });
});
