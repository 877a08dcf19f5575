import { describe, expect, it } from 'vitest';
import { estimate } from '../../domain/estimate';
import { freshScenario, type Scenario } from '../../domain/scenario';
import { chosenLayout } from './chosen-layout';

const SCENARIOS: readonly [string, Partial<Scenario>][] = [
  ['Llama-2-7B training on RTX 4090s (the first view)', {}],
  [
    'Llama-2-70B inference on A100 40GB (plain PyTorch)',
    { mode: 'inference', engine: 'hf', model: 'llama-2-70b', gpu: 'a100-40gb' },
  ],
  [
    'Llama-2-70B inference on H100s with vLLM',
    { mode: 'inference', model: 'llama-2-70b', gpu: 'h100-80gb' },
  ],
  [
    'Mixtral full fine-tuning on H100s',
    { mode: 'finetune', finetuneMethod: 'full', model: 'mixtral-8x7b', gpu: 'h100-80gb' },
  ],
];

describe('chosenLayout', () => {
  it('Llama-2-70B on A100 40GB: tensor parallel 4, as the table of GPUs says (gpu-rows.test.ts)', () => {
    const s = freshScenario({
      mode: 'inference',
      engine: 'hf',
      model: 'llama-2-70b',
      gpu: 'a100-40gb',
    });
    expect(chosenLayout(s)).toMatchObject({
      tensorParallel: 4,
      pipelineParallel: 1,
      dataParallel: 1,
    });
  });

  it.each(SCENARIOS)(
    '%s: the same layout set by hand needs the same GPUs and memory',
    (_name, fields) => {
      const auto = freshScenario(fields);
      const sizes = chosenLayout(auto);
      expect(sizes).not.toBeNull();
      const byHand = estimate({ ...auto, layout: 'manual', ...sizes });
      const chosen = estimate(auto);
      expect(byHand.layout.fits).toBe(true);
      expect(byHand.layout.gpus).toBe(chosen.layout.gpus);
      expect(byHand.layout.perGpuBytes).toBe(chosen.layout.perGpuBytes);
    },
  );

  it('is null for a manual layout, for input the engine refuses and when nothing fits', () => {
    expect(chosenLayout(freshScenario({ layout: 'manual' }))).toBeNull();
    expect(chosenLayout(freshScenario({ batch: 0 }))).toBeNull();
    // gpu-rows.test.ts: activations and overhead alone exceed one V100.
    expect(
      chosenLayout(freshScenario({ batch: 64, seqLen: 1_000_000, gpu: 'v100-32gb' })),
    ).toBeNull();
  });
});
