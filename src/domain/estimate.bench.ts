import { bench, describe } from 'vitest';
import { estimate } from './estimate';
import { MODEL_PRESETS } from './presets/models';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

// One estimate includes the GPU search at every ZeRO stage; the target is well under 0.1 ms.
for (const mode of ['training', 'inference'] as const) {
  describe(`one estimate, ${mode}, RTX 4090`, () => {
    for (const preset of MODEL_PRESETS) {
      const scenario: Scenario = { ...DEFAULT_SCENARIO, mode, model: preset.id };
      bench(preset.id, () => {
        estimate(scenario);
      });
    }
  });
}

describe('sweep', () => {
  const base: Scenario = { ...DEFAULT_SCENARIO, model: 'llama-3.1-8b', gpu: 'a100-80gb' };
  bench('1,000 sequence lengths, Llama-3.1-8B training on A100 80GB', () => {
    for (let i = 0; i < 1000; i++) estimate({ ...base, seqLen: 128 + i * 131 });
  });
});
