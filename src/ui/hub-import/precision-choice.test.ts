import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../domain/scenario';
import { dtypeToApply, precisionNote } from './precision-choice';

const bf16 = { torchDtype: 'bfloat16', quantization: null };
const gptq4 = {
  torchDtype: 'float16',
  quantization: { method: 'gptq', bits: 4, format: 'gptq-int4' as const },
};
const unknown = { torchDtype: null, quantization: null };
const choices = (over: Partial<Pick<Scenario, 'mode' | 'finetuneMethod' | 'dtype'>> = {}) => ({
  mode: 'training' as const,
  finetuneMethod: 'lora' as const,
  dtype: 'fp16' as const,
  ...over,
});

describe('dtypeToApply', () => {
  it.each([
    ['bf16 in training', bf16, choices(), 'bf16'],
    ['GPTQ int4 for inference', gptq4, choices({ mode: 'inference' }), 'gptq-int4'],
    ['GPTQ int4 as a LoRA base', gptq4, choices({ mode: 'finetune' }), 'gptq-int4'],
    ['nothing: int4 cannot be trained', gptq4, choices(), null],
    [
      'nothing: full fine-tuning trains the weights',
      gptq4,
      choices({ mode: 'finetune', finetuneMethod: 'full' }),
      null,
    ],
    [
      'nothing: QLoRA fixes the base at NF4',
      bf16,
      choices({ mode: 'finetune', finetuneMethod: 'qlora' }),
      null,
    ],
    ['nothing: already the precision', bf16, choices({ dtype: 'bf16' }), null],
    ['nothing: the config does not say', unknown, choices(), null],
  ] as const)('%s', (_name, stored, current, expected) => {
    expect(dtypeToApply(stored, current)).toBe(expected);
  });
});

describe('precisionNote', () => {
  it('says the precision follows the checkpoint, or why it does not', () => {
    expect(precisionNote(bf16, choices({ dtype: 'bf16' }))).toBe(
      'Precision bf16: the format the checkpoint is stored in (torch_dtype bfloat16).',
    );
    expect(precisionNote(bf16, choices({ mode: 'inference', dtype: 'fp8' }))).toBe(
      'The checkpoint is stored in bf16 (torch_dtype bfloat16); the precision is now fp8.',
    );
    expect(precisionNote(gptq4, choices())).toBe(
      'The checkpoint is stored in gptq-int4 (GPTQ 4-bit quantization), which cannot be trained directly, so the precision stays fp16; switch to inference or LoRA fine-tuning to size it as stored.',
    );
    expect(precisionNote(bf16, choices({ mode: 'finetune', finetuneMethod: 'qlora' }))).toMatch(
      /QLoRA keeps the frozen base in 4-bit NF4/,
    );
    expect(precisionNote(unknown, choices())).toBe(
      'The config does not say how the weights are stored (no torch_dtype), so the precision stays fp16.',
    );
  });
});
