import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';
import { countParameters } from './parameters';
import { findModelPreset } from './presets/models';
import { DEFAULT_SCENARIO } from './scenario';
import { gpuHours, trainingSeconds } from './speed';

describe('speed (docs/method.md §8)', () => {
  it('hand example: training 7B on 1T tokens on 1,000 GPUs of 312 TFLOP/s at 40% takes 6·7e9·1e12 / (1000·312e12·0.4) s ≈ 3.9 days', () => {
    const seconds = trainingSeconds(7e9, 1e12, 1000, 312e12, 0.4);
    expect(seconds).toBeCloseTo((6 * 7e9 * 1e12) / (1000 * 312e12 * 0.4), 6);
    expect(seconds / 86400).toBeCloseTo(3.9, 1);
  });

  it('Llama-2-7B bf16 on an H100 under vLLM: decode reads the weights and the KV cache of 2,176 tokens (the mean while generating 256 after 2,048) at 80% of the bandwidth', () => {
    const e = estimate({
      ...DEFAULT_SCENARIO,
      mode: 'inference',
      gpu: 'h100-80gb',
      seqLen: 2048,
      generatedTokens: 256,
      batch: 1,
    });
    const weights = countParameters(findModelPreset('llama-2-7b')!.model).total * 2;
    const kv = 524_288 * 2176;
    expect(e.speed.decodeTokensPerSecondPerSequence).toBeCloseTo(
      (3.35e12 * 0.8) / (weights + kv),
      6,
    );
  });

  it('MoE training time uses the active parameters only', () => {
    const e = estimate({
      ...DEFAULT_SCENARIO,
      model: 'mixtral-8x7b',
      gpu: 'h100-80gb',
      zeroStage: 3,
    });
    const tokens = e.scenario.batch * e.scenario.seqLen * e.layout.layout.dataParallel;
    expect(e.speed.stepSeconds).toBeCloseTo(
      (6 * e.params.active * tokens) / (e.layout.gpus * 989e12 * 0.4),
      12,
    );
  });

  it('Llama 2 7B pre-training, 2T tokens on A100 80GB at 40%: 6 × 6,738,415,616 × 2e12 / (312e12 × 0.4) GPU-seconds ≈ 179,979 GPU-hours (Meta reports 184,320; Llama 2 paper, Table 2)', () => {
    const e = estimate({ ...DEFAULT_SCENARIO, gpu: 'a100-80gb', trainingTokens: 2e12 });
    // 8.0860987392e22 FLOPs / 1.248e14 FLOP/s per GPU = 647,924,578.46 GPU-seconds = 179,979.05 GPU-hours.
    expect(e.params.active).toBe(6_738_415_616);
    expect(e.speed.gpuHours).toBeCloseTo(179_979.05, 1);
    expect(e.speed.totalTrainingSeconds).toBeCloseTo(647_924_578.46 / e.layout.gpus, 0);
    expect(Math.abs(e.speed.gpuHours! / 184_320 - 1)).toBeLessThan(0.03);
  });

  it('hand example: GPU-hours are seconds × GPUs / 3600, so 3.9 days on 1,000 GPUs is about 93,500 GPU-hours', () => {
    expect(gpuHours(3600, 1)).toBe(1);
    expect(gpuHours(trainingSeconds(7e9, 1e12, 1000, 312e12, 0.4), 1000)).toBeCloseTo(
      (6 * 7e9 * 1e12) / (312e12 * 0.4) / 3600,
      6,
    );
  });

  it('total training time follows the token budget and the utilisation; inference has none', () => {
    const base = estimate({ ...DEFAULT_SCENARIO, trainingTokens: 1e9 });
    const twice = estimate({ ...DEFAULT_SCENARIO, trainingTokens: 2e9 });
    const faster = estimate({ ...DEFAULT_SCENARIO, trainingTokens: 1e9, utilization: 0.8 });
    expect(twice.speed.totalTrainingSeconds).toBeCloseTo(2 * base.speed.totalTrainingSeconds!, 9);
    expect(faster.speed.gpuHours).toBeCloseTo(base.speed.gpuHours! / 2, 9);
    const serving = estimate({ ...DEFAULT_SCENARIO, mode: 'inference' });
    expect(serving.speed.totalTrainingSeconds).toBeNull();
    expect(serving.speed.gpuHours).toBeNull();
  });
});
