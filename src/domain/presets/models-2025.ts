import { defineModel } from '../model';
import type { ModelPreset } from './models';

const DEEPSEEK_V3_BLOCK = {
  hidden: 7168,
  heads: 128,
  headDim: 192,
  vHeadDim: 128,
  kvLoraRank: 512,
  qLoraRank: 1536,
  qkRopeHeadDim: 64,
  intermediate: 18432,
  expertIntermediate: 2048,
  sharedExpertIntermediate: 2048,
  sharedExperts: 1,
  expertsPerToken: 8,
  routerBias: true,
} as const;

const GPT_OSS_BLOCK = {
  hidden: 2880,
  heads: 64,
  kvHeads: 8,
  headDim: 64,
  intermediate: 2880,
  vocab: 201088,
  maxPositions: 131072,
  attentionBias: 'all',
  mlpBias: true,
  attentionSinks: true,
  routerBias: true,
  expertsPerToken: 4,
  slidingWindow: 128,
} as const;

const QWEN3_MOE_BLOCK = {
  kvHeads: 4,
  headDim: 128,
  qkNorm: true,
  vocab: 151936,
  maxPositions: 40960,
  experts: 128,
  expertsPerToken: 8,
} as const;

/**
 * The open models of 2025–2026, from their config.json (the Hub files are quoted in
 * src/hub/fixtures, where the import tests read the same numbers) and their published counts.
 */
export const MODEL_PRESETS_2025: readonly ModelPreset[] = [
  {
    id: 'deepseek-v3',
    source:
      'deepseek-ai/DeepSeek-V3 config.json (MLA, 256 routed + 1 shared expert, 3 dense layers, 1 MTP layer); README_WEIGHTS.md: "Total parameters: 671B / Activation parameters: 36.7B", MTP "11.5B unique parameters"',
    publishedParams: '671B total, 37B active (671,026,419,200 + 11.6B MTP)',
    model: defineModel({
      ...DEEPSEEK_V3_BLOCK,
      name: 'DeepSeek-V3',
      layers: 61,
      vocab: 129280,
      maxPositions: 163840,
      experts: 256,
      denseLayers: 3,
      mtpLayers: 1,
    }),
  },
  {
    id: 'kimi-k2',
    source:
      'moonshotai/Kimi-K2-Instruct config.json (the DeepSeek-V3 architecture with 64 heads, 384 experts, 1 dense layer); model card: "Total Parameters 1T, Activated Parameters 32B"',
    publishedParams: '1T total, 32B active',
    model: defineModel({
      ...DEEPSEEK_V3_BLOCK,
      name: 'Kimi-K2',
      layers: 61,
      heads: 64,
      vocab: 163840,
      maxPositions: 131072,
      experts: 384,
      denseLayers: 1,
    }),
  },
  {
    id: 'gpt-oss-20b',
    source:
      'openai/gpt-oss-20b config.json; model card (arXiv:2508.10925) Table 1: "Total Parameters 20.91B", "Active Parameters 3.61B" (embeddings not counted as active)',
    publishedParams: '20.91B total, 3.61B active (20,914,757,184)',
    model: defineModel({
      ...GPT_OSS_BLOCK,
      name: 'gpt-oss-20b',
      layers: 24,
      experts: 32,
      fullAttentionLayers: 12,
    }),
  },
  {
    id: 'gpt-oss-120b',
    source:
      'openai/gpt-oss-120b config.json; model card Table 1: "Total Parameters 116.83B", "Active Parameters 5.13B" (embeddings not counted as active)',
    publishedParams: '116.83B total, 5.13B active (116,829,156,672)',
    model: defineModel({
      ...GPT_OSS_BLOCK,
      name: 'gpt-oss-120b',
      layers: 36,
      experts: 128,
      fullAttentionLayers: 18,
    }),
  },
  {
    id: 'qwen3-30b-a3b',
    source:
      'Qwen/Qwen3-30B-A3B config.json; model card: "30.5B in total and 3.3B activated", "Non-Embedding: 29.9B"',
    publishedParams: '30.5B total, 3.3B active (30,532,122,624)',
    model: defineModel({
      ...QWEN3_MOE_BLOCK,
      name: 'Qwen3-30B-A3B',
      layers: 48,
      hidden: 2048,
      heads: 32,
      intermediate: 6144,
      expertIntermediate: 768,
    }),
  },
  {
    id: 'qwen3-235b-a22b',
    source:
      'Qwen/Qwen3-235B-A22B config.json; model card: "235B in total and 22B activated", "Non-Embedding: 234B"',
    publishedParams: '235B total, 22B active (235,093,634,560)',
    model: defineModel({
      ...QWEN3_MOE_BLOCK,
      name: 'Qwen3-235B-A22B',
      layers: 94,
      hidden: 4096,
      heads: 64,
      intermediate: 12288,
      expertIntermediate: 1536,
    }),
  },
  {
    id: 'llama-4-scout',
    source:
      'meta-llama/Llama-4-Scout-17B-16E-Instruct config.json (text_config; chunked attention of 8192 on 36 of 48 layers; vision encoder and projector 871,932,416 from vision_config); Meta model card: "17B (Activated) 109B (Total)"',
    publishedParams: '109B total, 17B active (108,641,793,536)',
    model: defineModel({
      name: 'Llama-4-Scout',
      layers: 48,
      hidden: 5120,
      heads: 40,
      kvHeads: 8,
      headDim: 128,
      intermediate: 16384,
      vocab: 202048,
      maxPositions: 10485760,
      experts: 16,
      expertsPerToken: 1,
      expertIntermediate: 8192,
      sharedExperts: 1,
      sharedExpertIntermediate: 8192,
      slidingWindow: 8192,
      localAttention: 'chunked',
      fullAttentionLayers: 12,
      visionParams: 871_932_416,
    }),
  },
  {
    id: 'gemma-3-27b',
    source:
      'google/gemma-3-27b-it config.json (text_config, Gemma3TextConfig defaults; five 1024-token local layers to one global); Gemma 3 report Table 1: vision 417M, non-embedding 25,600M; SigLIP encoder and projector 423,060,336 from vision_config',
    publishedParams: '27B (27,432,406,640 with the vision encoder)',
    model: defineModel({
      name: 'Gemma-3-27B',
      layers: 62,
      hidden: 5376,
      heads: 32,
      kvHeads: 16,
      headDim: 128,
      intermediate: 21504,
      vocab: 262208,
      maxPositions: 131072,
      normsPerLayer: 4,
      qkNorm: true,
      tiedEmbeddings: true,
      slidingWindow: 1024,
      fullAttentionLayers: 10,
      visionParams: 423_060_336,
    }),
  },
];
