import { describe, expect, it } from 'vitest';
import { preset } from '../../test/format-models';
import { estimate } from '../estimate';
import { kvBytesPerElement, activationBytesPerElement } from '../model-state-totals';
import { countParameters } from '../parameters';
import { freshScenario } from '../scenario';
import { resolveScenario } from '../scenario-validation';
import { FORMAT_IDS, weightFormat, type FormatId } from './catalogue';
import { qloraBaseFormat, scenarioWeightBytes } from './scenario-weights';
import { formatWeightBytes } from './weight-bytes';

const llama31 = preset('llama-3.1-8b');

describe('weight formats in the scenario', () => {
  it('inference sizes the weights as the format stores them: Llama-3.1-8B GGUF Q4_K_M is llama.cpp’s 4.58 GiB', () => {
    const e = estimate(
      freshScenario({ model: 'llama-3.1-8b', mode: 'inference', dtype: 'gguf-q4_k_m' }),
    );
    expect(e.states.weights).toBe(formatWeightBytes(llama31, 'gguf-q4_k_m').total);
    expect((e.states.weights / 2 ** 30).toFixed(2)).toBe('4.58');
  });

  it('naive accounting keeps the seed’s bits-only bytes: Ψ × element bits / 8', () => {
    const params = countParameters(llama31).total;
    for (const [id, bytes] of [
      ['gguf-q4_k_m', 0.5],
      ['gguf-q8_0', 1],
      ['fp8-block', 1],
      ['bnb-nf4-dq', 0.5],
      ['gguf-q2_k', 0.25],
    ] as const) {
      const e = estimate(
        freshScenario({
          model: 'llama-3.1-8b',
          mode: 'inference',
          dtype: id,
          weightAccounting: 'naive',
        }),
      );
      expect(e.states.weights).toBe(params * bytes);
      expect(scenarioWeightBytes(llama31, params, id, 'naive')).toBe(params * bytes);
    }
  });

  it('every format is a frozen LoRA base, and only fp32, bf16 and fp16 can be trained', () => {
    for (const dtype of FORMAT_IDS) {
      const lora = estimate(freshScenario({ mode: 'finetune', finetuneMethod: 'lora', dtype }));
      expect(lora.states.frozenBaseBytes).toBe(
        formatWeightBytes(preset('llama-2-7b'), dtype).total,
      );
      const trains = () => estimate(freshScenario({ mode: 'training', dtype }));
      if (weightFormat(dtype).trainable) expect(trains).not.toThrow();
      else expect(trains).toThrow(/cannot be trained directly/);
    }
  });

  it('KV cache auto follows the format: 4 bytes for fp32, F16 for GGUF (llama.cpp -ctk f16), 2 for quantized GPU formats', () => {
    const kv = (dtype: FormatId) =>
      kvBytesPerElement(resolveScenario(freshScenario({ mode: 'inference', dtype })));
    expect(kv('fp32')).toBe(4);
    expect(kv('gguf-q4_k_m')).toBe(2);
    expect(kv('awq-int4')).toBe(2);
    expect(kv('nvfp4')).toBe(2);
  });

  it('llama.cpp computes activations in F32; GPU formats in 16 bits', () => {
    const act = (dtype: FormatId) =>
      activationBytesPerElement(resolveScenario(freshScenario({ mode: 'inference', dtype })));
    expect(act('gguf-q4_k_m')).toBe(4);
    expect(act('gptq-int4')).toBe(2);
    expect(act('bf16')).toBe(2);
  });

  it('QLoRA keeps a chosen bitsandbytes 4-bit base, and NF4 with double quantization for any other choice (the QLoRA recipe)', () => {
    expect(qloraBaseFormat('bnb-fp4-dq')).toBe('bnb-fp4-dq');
    expect(qloraBaseFormat('bf16')).toBe('bnb-nf4-dq');
    expect(qloraBaseFormat('gguf-q4_k_m')).toBe('bnb-nf4-dq');
  });
});
