import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors';
import { estimate } from './estimate';
import { findGpuPreset } from './presets/gpus';
import { findModelPreset } from './presets/models';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { validateScenario } from './scenario-validation';

const llama = findModelPreset('llama-2-7b')!.model;
const a100 = findGpuPreset('a100-80gb')!.gpu;

function issuesOf(scenario: Scenario) {
  try {
    estimate(scenario);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error('estimate accepted an invalid scenario');
}

describe('bad input names the field and the reason', () => {
  it.each([
    { name: 'negative batch', patch: { batch: -1 }, field: 'batch', message: /at least 1/ },
    { name: 'zero batch', patch: { batch: 0 }, field: 'batch', message: /at least 1/ },
    { name: 'fractional batch', patch: { batch: 1.5 }, field: 'batch', message: /whole number/ },
    {
      name: 'NaN sequence length',
      patch: { seqLen: Number.NaN },
      field: 'seqLen',
      message: /must be a number/,
    },
    {
      name: 'infinite sequence length',
      patch: { seqLen: Number.POSITIVE_INFINITY },
      field: 'seqLen',
      message: /finite/,
    },
    { name: 'huge sequence length', patch: { seqLen: 1e300 }, field: 'seqLen', message: /at most/ },
    {
      name: 'unknown model preset',
      patch: { model: 'gpt-9' },
      field: 'model',
      message: /unknown model preset/,
    },
    {
      name: 'unknown GPU preset',
      patch: { gpu: 'tpu' },
      field: 'gpu',
      message: /unknown GPU preset/,
    },
    {
      name: 'unknown dtype',
      patch: { dtype: 'fp64' as never },
      field: 'dtype',
      message: /must be one of/,
    },
    {
      name: 'int4 training',
      patch: { dtype: 'int4' as const },
      field: 'dtype',
      message: /cannot be trained directly/,
    },
    {
      name: 'zero heads',
      patch: { model: { ...llama, heads: 0 } },
      field: 'model.heads',
      message: /at least 1/,
    },
    {
      name: 'KV heads that do not divide the heads',
      patch: { model: { ...llama, kvHeads: 3 } },
      field: 'model.kvHeads',
      message: /must divide/,
    },
    {
      name: 'more KV heads than heads',
      patch: { model: { ...llama, kvHeads: 64 } },
      field: 'model.kvHeads',
      message: /cannot exceed/,
    },
    {
      name: 'negative overhead',
      patch: { overheadBytes: -5 },
      field: 'overheadBytes',
      message: /zero or more/,
    },
    {
      name: 'safety margin of 95%',
      patch: { safetyMargin: 0.95 },
      field: 'safetyMargin',
      message: /between 0 and 0.9/,
    },
    {
      name: 'negative utilisation',
      patch: { utilization: -0.01 },
      field: 'utilization',
      message: /^must be between 0.01 and 1, got -0.01$/,
    },
    {
      name: 'dropout given as 1',
      patch: { dropout: 1 as unknown as boolean },
      field: 'dropout',
      message: /^must be true or false, got 1$/,
    },
    {
      name: 'custom GPU with no compute',
      patch: { gpu: { ...a100, peakFlops: 0 } },
      field: 'gpu.peakFlops',
      message: /^must be more than zero, got 0$/,
    },
    {
      name: 'custom GPU with negative compute',
      patch: { gpu: { ...a100, peakFlops: -1 } },
      field: 'gpu.peakFlops',
      message: /^must be more than zero, got -1$/,
    },
    {
      name: 'custom GPU with no memory',
      patch: { gpu: { ...a100, memoryBytes: 0 } },
      field: 'gpu.memoryBytes',
      message: /^must be more than zero, got 0$/,
    },
    {
      name: 'custom GPU beyond 10^19 FLOP/s',
      patch: { gpu: { ...a100, peakFlops: 1e20 } },
      field: 'gpu.peakFlops',
      message: /at most/,
    },
    {
      // Found by the fuzz test: an fp4 rate of 5e-324 put an mxfp4 prefill at Infinity seconds.
      name: 'custom GPU with a vanishing fp4 rate',
      patch: { gpu: { ...a100, fp4Flops: 5e-324 } },
      field: 'gpu.fp4Flops',
      message: /^must be 0 \(none\) or at least 1 GFLOP\/s \(1e9\), got 5e-324$/,
    },
    {
      name: 'custom GPU with a vanishing 16-bit rate',
      patch: { gpu: { ...a100, peakFlops: 1e-200 } },
      field: 'gpu.peakFlops',
      message: /^must be at least 1 GFLOP\/s \(1e9\), got 1e-200$/,
    },
    {
      name: 'custom GPU with a vanishing bandwidth',
      patch: { gpu: { ...a100, bandwidthBytesPerSecond: 1e-300 } },
      field: 'gpu.bandwidthBytesPerSecond',
      message: /^must be 0 \(none\) or at least 1 MB\/s/,
    },
    {
      name: 'LoRA with no targets',
      patch: { mode: 'finetune' as const, finetuneMethod: 'lora' as const, loraTargets: [] },
      field: 'loraTargets',
      message: /at least one/,
    },
    {
      name: 'zero training tokens',
      patch: { trainingTokens: 0 },
      field: 'trainingTokens',
      message: /at least 1/,
    },
    {
      name: 'fractional training tokens',
      patch: { trainingTokens: 1.5 },
      field: 'trainingTokens',
      message: /whole number/,
    },
    {
      name: 'more than 10^15 training tokens',
      patch: { trainingTokens: 2e15 },
      field: 'trainingTokens',
      message: /at most/,
    },
    {
      name: 'manual tensor parallel that does not divide the heads',
      patch: { layout: 'manual' as const, tensorParallel: 3 },
      field: 'tensorParallel',
      message: /must divide/,
    },
  ])('$name → $field', ({ patch, field, message }) => {
    const issues = issuesOf({ ...DEFAULT_SCENARIO, ...patch });
    const issue = issues.find((candidate) => candidate.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('a custom GPU with no stated bandwidth is still accepted', () => {
    expect(
      validateScenario({ ...DEFAULT_SCENARIO, gpu: { ...a100, bandwidthBytesPerSecond: 0 } }),
    ).toEqual([]);
  });

  it('a sequence longer than the model allows is a warning, not an error', () => {
    const scenario = { ...DEFAULT_SCENARIO, seqLen: 8192 };
    expect(validateScenario(scenario)).toEqual([]);
    expect(estimate(scenario).warnings).toEqual([expect.objectContaining({ field: 'seqLen' })]);
  });

  it('int8 and int4 are accepted as LoRA base weights and for inference', () => {
    for (const dtype of ['int8', 'int4'] as const) {
      expect(
        validateScenario({ ...DEFAULT_SCENARIO, mode: 'finetune', finetuneMethod: 'lora', dtype }),
      ).toEqual([]);
      expect(validateScenario({ ...DEFAULT_SCENARIO, mode: 'inference', dtype })).toEqual([]);
    }
  });
});

describe('bf16 on a chip without it', () => {
  // vLLM: "Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla
  // T4 GPU has compute capability 7.5. You can use float16 instead … --dtype=half."
  const warningsOf = (patch: Partial<Scenario>) =>
    estimate({ ...DEFAULT_SCENARIO, model: 'llama-3.1-8b', ...patch }).warnings.filter(
      (w) => w.field === 'dtype',
    );

  it.each(['t4-16gb', 'v100-32gb'])('warns on %s in bf16, in the engine’s terms', (gpu) => {
    const [serving] = warningsOf({ gpu, mode: 'inference', dtype: 'bf16' });
    expect(serving?.message).toMatch(/no bf16 .*compute capability 8\.0.*--dtype bfloat16.*fp16/);
    const [training] = warningsOf({ gpu, mode: 'training', dtype: 'bf16' });
    expect(training?.message).toMatch(/emulates bf16.*fp16/);
  });

  it('says nothing in fp16 on those chips, or in bf16 on Ampere and newer', () => {
    expect(warningsOf({ gpu: 't4-16gb', mode: 'inference', dtype: 'fp16' })).toEqual([]);
    expect(warningsOf({ gpu: 'a100-80gb', mode: 'training', dtype: 'bf16' })).toEqual([]);
    expect(warningsOf({ gpu: 'rtx-3090', mode: 'inference', dtype: 'bf16' })).toEqual([]);
  });
});
