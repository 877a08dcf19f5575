import { scenarioWeightBytes } from '../formats/scenario-weights';
import { layerActivationBytes } from '../memory/activations';
import { kvCacheBytesPerToken } from '../memory/kv-cache';
import { shardModelStates, type ZeroStage } from '../memory/model-states';
import { findModelPreset } from '../presets/models';
import { BYTES_PER_GB } from '../units';
import type { PublishedCheck } from './published-check';

const model = (id: string) => {
  const preset = findModelPreset(id);
  if (!preset) throw new Error(`no model preset "${id}"`);
  return preset.model;
};

const ZERO_PAPER = {
  label: 'Rajbhandari et al. 2019, ZeRO, Figure 1',
  url: 'https://arxiv.org/abs/1910.02054',
};
const KORTHIKANTI = {
  label: 'Korthikanti et al. 2022, Reducing Activation Recomputation, §4.1',
  url: 'https://arxiv.org/abs/2205.05198',
};
const VLLM_SPECS = {
  label: 'vLLM vllm/v1/kv_cache_interface.py (AttentionSpec, MLAAttentionSpec)',
  url: 'https://github.com/vllm-project/vllm/blob/main/vllm/v1/kv_cache_interface.py',
};

/** ZeRO's Figure 1: 7.5B parameters, K = 12, 64 GPUs, per-GPU model states at each stage. */
const zeroFigure = (stage: ZeroStage, gb: number): PublishedCheck => ({
  id: `zero-figure-1-stage-${stage}`,
  topic: 'training',
  setting: `7.5B parameters, mixed-precision Adam, 64 GPUs, ZeRO stage ${stage}: model states per GPU`,
  published: gb,
  unit: 'GB',
  quote: `${gb} GB`,
  source: ZERO_PAPER,
  // The figure rounds to three significant digits.
  tolerance: 0.05 / gb,
  ours: () => {
    const psi = 7.5e9;
    const s = shardModelStates(
      { weights: 2 * psi, gradients: 2 * psi, optimizer: 12 * psi },
      stage,
      64,
    );
    return (s.weights + s.gradients + s.optimizer) / BYTES_PER_GB;
  },
});

/** The seed article's weights table: 7·10^9 parameters at 4, 2, 1 and 0.5 bytes. */
const seedWeights = (dtype: 'fp32' | 'bf16' | 'int8' | 'int4', gb: number): PublishedCheck => ({
  id: `seed-weights-${dtype}`,
  topic: 'weights',
  setting: `7B parameters in ${dtype}, weights only (counted naively)`,
  published: gb,
  unit: 'GB',
  quote: `${gb} GB`,
  source: {
    label: 'The seed article, "7B? 13B? 175B? Interpret parameters of large models", §2.2',
    url: null,
  },
  tolerance: 0,
  ours: () => scenarioWeightBytes(model('llama-2-7b'), 7e9, dtype, 'naive') / BYTES_PER_GB,
});

/** Published memory figures the engine reproduces: sharding, activations, weights, KV cache. */
export const MEMORY_CHECKS: readonly PublishedCheck[] = [
  zeroFigure(0, 120),
  zeroFigure(1, 31.4),
  zeroFigure(2, 16.6),
  zeroFigure(3, 1.9),
  seedWeights('fp32', 28),
  seedWeights('bf16', 14),
  seedWeights('int8', 7),
  seedWeights('int4', 3.5),
  {
    id: 'korthikanti-gpt3-layer',
    topic: 'activations',
    setting: 'GPT-3, one layer, sequence 2048, batch 1, 16-bit, eager attention with dropout',
    published: 2_868_903_936,
    unit: 'bytes',
    quote: 'sbh(34 + 5as/h) = 2,868,903,936 bytes',
    source: KORTHIKANTI,
    tolerance: 0,
    ours: () =>
      layerActivationBytes(model('gpt-3'), {
        seqLen: 2048,
        batch: 1,
        bytesPerElement: 2,
        attention: 'eager',
        dropout: true,
        tensorParallel: 1,
        sequenceParallel: false,
      }).total,
  },
  {
    id: 'kv-llama-2-7b',
    topic: 'kv-cache',
    setting: 'Llama-2-7B, fp16 KV cache per token',
    published: 524_288,
    unit: 'bytes',
    quote: '2 × 32 layers × 32 heads × 128 × 2 bytes = 524,288',
    source: {
      label: 'Kwon et al. 2023, PagedAttention (vLLM), §2',
      url: 'https://arxiv.org/abs/2309.06180',
    },
    tolerance: 0,
    ours: () => kvCacheBytesPerToken(model('llama-2-7b'), 2),
  },
  {
    id: 'kv-deepseek-v3',
    topic: 'kv-cache',
    setting: 'DeepSeek-V3, bf16 MLA cache per token (61 layers of kv_lora_rank 512 + rope 64)',
    published: 70_272,
    unit: 'bytes',
    quote: 'block_size × 1 head × 576 × 2 bytes per layer',
    source: VLLM_SPECS,
    tolerance: 0,
    ours: () => kvCacheBytesPerToken(model('deepseek-v3'), 2),
  },
];
