import { cacheLayerGroups, stageCacheGroups } from '../domain/memory/kv-cache';
import { defineModel, type ModelSpec } from '../domain/model';
import { findModelPreset } from '../domain/presets/models';
import { vllmPageLayout, type VllmPageLayout } from '../domain/serving/vllm-pages';

/**
 * Models of the published engine logs that have no preset, each from its config.json on the
 * Hugging Face Hub. Test support for the serving engine tests.
 */
export const QWEN3_0_6B = defineModel({
  name: 'Qwen3-0.6B',
  layers: 28,
  hidden: 1024,
  heads: 16,
  kvHeads: 8,
  headDim: 128,
  intermediate: 3072,
  vocab: 151936,
  tiedEmbeddings: true,
  qkNorm: true,
  maxPositions: 40960,
});

export const QWEN2_5_0_5B = defineModel({
  name: 'Qwen2.5-0.5B',
  layers: 24,
  hidden: 896,
  heads: 14,
  kvHeads: 2,
  intermediate: 4864,
  vocab: 151936,
  tiedEmbeddings: true,
  attentionBias: 'qkv',
  maxPositions: 32768,
});

/** Qwen/Qwen3-235B-A22B config.json (the FP8 checkpoint has the same shape). */
export const QWEN3_235B = defineModel({
  name: 'Qwen3-235B-A22B',
  layers: 94,
  hidden: 4096,
  heads: 64,
  kvHeads: 4,
  headDim: 128,
  intermediate: 12288,
  vocab: 151936,
  qkNorm: true,
  experts: 128,
  expertsPerToken: 8,
  expertIntermediate: 1536,
  maxPositions: 40960,
});

export const preset = (id: string): ModelSpec => {
  const found = findModelPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.model;
};

/** One vLLM worker's page layout for a model in 16-bit at a tensor × pipeline split. */
export function pagesOf(m: ModelSpec, tensorParallel: number, kvBytes = 2, pp = 1): VllmPageLayout {
  const groups = stageCacheGroups(m, cacheLayerGroups(m, kvBytes, tensorParallel, 2), pp);
  return vllmPageLayout(groups, 16);
}

/** |actual − expected| ÷ expected. */
export const relativeError = (actual: number, expected: number): number =>
  Math.abs(actual - expected) / expected;
