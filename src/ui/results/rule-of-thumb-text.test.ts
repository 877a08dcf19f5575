import { describe, expect, it } from 'vitest';
import { ruleOfThumbText } from './rule-of-thumb-text';
import { estimateWith } from '../../test/scenario-fixtures';

describe('ruleOfThumbText', () => {
  it('training: the seed’s ceil(Ψ_B × 18 × 1.25 / GB), and why this estimate differs', () => {
    const text = ruleOfThumbText(estimateWith(), 'GB');
    expect(text.result).toBe('7 GPUs');
    expect(text.formula).toBe('⌈6.74 × 18 × 1.25 ÷ 24⌉');
    expect(text.terms).toContain('Ψ in billions (6.74)');
    expect(text.why).toContain('18 bytes per parameter');
    expect(text.why).toContain('16 bytes per parameter for AdamW with bf16 weights');
    expect(text.why).toContain('batch 1 × 2,048 tokens');
    // 24,564 MiB = 25.757 × 10^9 bytes.
    expect(text.why).toContain('not the 25.76 GB its driver reports');
  });

  it('in GiB, the default, the capacity keeps two decimals: 24,564 MiB is 23.99 GiB, not "24"', () => {
    expect(ruleOfThumbText(estimateWith(), 'GiB').why).toContain(
      'counts the GPU as its 24 GB label, not the 23.99 GiB its driver reports',
    );
  });

  it('counts this optimizer’s bytes per parameter', () => {
    expect(ruleOfThumbText(estimateWith({ optimizer: 'adam-8bit' }), 'GB').why).toContain(
      '10 bytes per parameter for 8-bit Adam',
    );
  });

  it('inference: 1/9 to 1/8 of the training count, as a range when the two differ', () => {
    const text = ruleOfThumbText(
      estimateWith({ mode: 'inference', model: 'llama-3.1-405b' }),
      'GB',
    );
    expect(text.result).toBe('43–48 GPUs');
    expect(text.formula).toBe('⌈406 × 18 × 1.25 ÷ 24 ÷ 9⌉ to ⌈406 × 18 × 1.25 ÷ 24 ÷ 8⌉');
    expect(text.terms).toContain('1/9 to 1/8 of that for inference');
    expect(text.why).toContain('KV cache');
  });

  it('inference: a single count when both ends agree', () => {
    expect(
      ruleOfThumbText(
        estimateWith({ mode: 'inference', model: 'llama-2-70b', gpu: 'a100-40gb' }),
        'GB',
      ).result,
    ).toBe('5 GPUs');
    expect(ruleOfThumbText(estimateWith({ mode: 'inference' }), 'GB').result).toBe('1 GPU');
  });

  it('names LoRA’s frozen base', () => {
    expect(ruleOfThumbText(estimateWith({ mode: 'finetune' }), 'GiB').why).toContain(
      'LoRA (frozen bf16 base, trained adapters)',
    );
  });
});
