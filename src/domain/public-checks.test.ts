import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';
import { scenarioWeightBytes } from './formats/scenario-weights';
import { layerActivationBytes, logitsBytes, type ActivationOptions } from './memory/activations';
import { kvCacheBytesPerToken } from './memory/kv-cache';
import { shardModelStates } from './memory/model-states';
import { countParameters } from './parameters';
import { findModelPreset } from './presets/models';
import { ruleOfThumbGpus } from './rule-of-thumb';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { BYTES_PER_GB, BYTES_PER_GIB } from './units';

const model = (id: string) => {
  const preset = findModelPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.model;
};

/** Relative difference, for checks the sources give to limited precision. */
const within = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(tolerance);

describe('public checks from docs/method.md', () => {
  it.each([
    {
      id: 'llama-2-7b',
      expected: 6_738_415_616,
      source: 'docs/method.md §1: Llama-2-7B config and safetensors',
    },
    {
      id: 'gpt-3',
      expected: 174_604_259_328,
      source: 'docs/method.md §1: GPT-3 (Brown et al. 2020), rounded there to 175B',
    },
  ])('$id has exactly $expected parameters ($source)', ({ id, expected }) => {
    expect(countParameters(model(id)).total).toBe(expected);
  });

  it.each([
    { dtype: 'fp32', gb: 28 },
    { dtype: 'bf16', gb: 14 },
    { dtype: 'int8', gb: 7 },
    { dtype: 'int4', gb: 3.5 },
  ] as const)('seed §2.2: 7·10^9 parameters in $dtype weigh $gb GB (naive)', ({ dtype, gb }) => {
    expect(scenarioWeightBytes(model('llama-2-7b'), 7e9, dtype, 'naive') / BYTES_PER_GB).toBe(gb);
  });

  it.each([
    {
      dtype: 'bf16',
      gradients: 'same',
      optimizer: 'adamw',
      perParam: 16,
      source: 'seed §2.1 / ZeRO K = 12: 2 + 2 + 12',
    },
    {
      dtype: 'bf16',
      gradients: 'fp32',
      optimizer: 'adamw',
      perParam: 18,
      source: 'docs/method.md §3: fp32 gradients (HF/DeepSpeed)',
    },
    {
      dtype: 'fp32',
      gradients: 'same',
      optimizer: 'adamw',
      perParam: 16,
      source: 'docs/method.md §3: fp32 has no master copy, 4 + 4 + 8',
    },
    {
      dtype: 'bf16',
      gradients: 'same',
      optimizer: 'sgd',
      perParam: 8,
      source: 'docs/method.md §3: plain SGD 2 + 2 + 4 master',
    },
    {
      dtype: 'bf16',
      gradients: 'same',
      optimizer: 'sgd-momentum',
      perParam: 12,
      source: 'docs/method.md §3: momentum 4',
    },
    {
      dtype: 'bf16',
      gradients: 'same',
      optimizer: 'adam-8bit',
      perParam: 10,
      source: 'docs/method.md §3: 8-bit Adam 2 (Dettmers et al.)',
    },
  ] as const)(
    '$perParam bytes per parameter for $optimizer in $dtype with $gradients gradients ($source)',
    (row) => {
      const scenario: Scenario = {
        ...DEFAULT_SCENARIO,
        mode: 'training',
        dtype: row.dtype,
        gradients: row.gradients,
        optimizer: row.optimizer,
      };
      const { states, params } = estimate(scenario);
      expect((states.weights + states.gradients + states.optimizer) / params.total).toBe(
        row.perParam,
      );
    },
  );

  it.each([
    { stage: 0, gb: 120 },
    { stage: 1, gb: 31.4 },
    { stage: 2, gb: 16.6 },
    { stage: 3, gb: 1.9 },
  ] as const)(
    "ZeRO paper Figure 1: Ψ = 7.5B, K = 12, N = 64, stage $stage → $gb GB (to the figure's precision)",
    ({ stage, gb }) => {
      const psi = 7.5e9;
      const sharded = shardModelStates(
        { weights: 2 * psi, gradients: 2 * psi, optimizer: 12 * psi },
        stage,
        64,
      );
      const perGpuGB = (sharded.weights + sharded.gradients + sharded.optimizer) / BYTES_PER_GB;
      expect(Math.round(perGpuGB * 10) / 10).toBe(gb);
    },
  );

  const gpt3Options: ActivationOptions = {
    seqLen: 2048,
    batch: 1,
    bytesPerElement: 2,
    attention: 'eager',
    dropout: true,
    tensorParallel: 1,
    sequenceParallel: false,
  };

  it('docs/method.md §5: GPT-3 keeps 2,868,903,936 activation bytes per layer (Korthikanti sbh·(34 + 5as/h))', () => {
    expect(layerActivationBytes(model('gpt-3'), gpt3Options).total).toBe(2_868_903_936);
  });

  it.each([1, 2, 4, 8])(
    'Korthikanti Eq. 2: GPT-3 per layer under tensor parallel t = %i is sbh·(10 + 24/t + 5as/(ht))',
    (t) => {
      const { seqLen: s, batch: b } = gpt3Options;
      const h = 12288;
      const a = 96;
      const expected = s * b * h * (10 + 24 / t + (5 * a * s) / (h * t));
      within(
        layerActivationBytes(model('gpt-3'), { ...gpt3Options, tensorParallel: t }).total,
        expected,
        1e-12,
      );
      const withSequenceParallel = layerActivationBytes(model('gpt-3'), {
        ...gpt3Options,
        tensorParallel: t,
        sequenceParallel: true,
      }).total;
      within(withSequenceParallel, (s * b * h * (34 + (5 * a * s) / h)) / t, 1e-12);
    },
  );

  it.each([2, 4])(
    'seed §2.3: the GPT family keeps L·bshp·[16 + 2/p + (as/h)(2 + 1/p)] with p = %i',
    (p) => {
      const gpt3 = model('gpt-3');
      const { seqLen: s, batch: b } = gpt3Options;
      const { hidden: h, heads: a } = gpt3;
      const seed = s * b * h * p * (16 + 2 / p + ((a * s) / h) * (2 + 1 / p));
      within(layerActivationBytes(gpt3, { ...gpt3Options, bytesPerElement: p }).total, seed, 1e-12);
    },
  );

  it('docs/method.md §5: Llama-3.1-8B logits at s = 32768 need 15.7 GiB', () => {
    const gib = logitsBytes(model('llama-3.1-8b').vocab, 32768, 1, 1) / BYTES_PER_GIB;
    expect(Math.round(gib * 10) / 10).toBe(15.7);
  });

  it('docs/method.md §6: Llama-2-7B fp16 KV cache is 524,288 bytes per token', () => {
    expect(kvCacheBytesPerToken(model('llama-2-7b'), 2)).toBe(524_288);
  });

  it('docs/method.md §6: grouped-query attention shrinks the KV cache by a / kv (Llama-2-70B, 8 of 64 heads)', () => {
    const gqa = model('llama-2-70b');
    expect(
      kvCacheBytesPerToken({ ...gqa, kvHeads: gqa.heads }, 2) / kvCacheBytesPerToken(gqa, 2),
    ).toBe(8);
  });

  it('docs/method.md §7 / seed §3: 7B on an RTX 4090 (24 GB) by the rule of thumb is 6.56, so 7 GPUs', () => {
    const rule = ruleOfThumbGpus(7, 24);
    expect(rule.trainingRaw).toBeCloseTo(6.5625, 10);
    expect(rule.trainingGpus).toBe(7);
  });

  it('estimate reports the seed rule of thumb for the 7B preset on the RTX 4090 preset', () => {
    expect(
      estimate({ ...DEFAULT_SCENARIO, model: 'llama-2-7b', gpu: 'rtx-4090' }).ruleOfThumb
        .trainingGpus,
    ).toBe(7);
  });

  it('Mixtral paper (Jiang et al. 2024): 46.7B total and 12.9B active parameters', () => {
    const params = countParameters(model('mixtral-8x7b'));
    expect(Math.round(params.total / 1e8) / 10).toBe(46.7);
    expect(Math.round(params.active / 1e8) / 10).toBe(12.9);
  });

  it('inference estimate: 7B-class weights in the seed table through the whole engine (naive accounting)', () => {
    const params = countParameters(model('llama-2-7b')).total;
    for (const [dtype, bytes] of [
      ['fp32', 4],
      ['bf16', 2],
      ['int8', 1],
      ['int4', 0.5],
    ] as const) {
      const result = estimate({
        ...DEFAULT_SCENARIO,
        mode: 'inference',
        dtype,
        weightAccounting: 'naive',
      });
      expect(result.states.weights).toBe(params * bytes);
      expect(result.layout.perGpu.weights * result.layout.gpus).toBe(params * bytes);
    }
  });
});
