import type { FamilyRule } from './family-rules-types';
import {
  deepseekV3Traits,
  gemma3Traits,
  gptOssTraits,
  llama4Traits,
  qwen3NextTraits,
} from './modern-traits';

const DEEPSEEK_V3: FamilyRule = {
  label: 'DeepSeek-V3',
  tiedDefault: false,
  maxPositionsDefault: 4096,
  groupedKv: true,
  traits: deepseekV3Traits,
};

/**
 * The families of 2025–2026: multi-head latent attention, attention sinks, chunked and linear
 * attention, fine-grained experts. Each default is its transformers config class's.
 */
export const MODERN_FAMILY_RULES: Readonly<Record<string, FamilyRule>> = {
  deepseek_v2: { ...DEEPSEEK_V3, label: 'DeepSeek-V2', maxPositionsDefault: 2048 },
  deepseek_v3: DEEPSEEK_V3,
  kimi_k2: { ...DEEPSEEK_V3, label: 'Kimi-K2' },
  gpt_oss: {
    label: 'gpt-oss',
    tiedDefault: false,
    maxPositionsDefault: 131072,
    groupedKv: true,
    headDimDefault: 64,
    traits: gptOssTraits,
  },
  llama4_text: {
    label: 'Llama 4',
    tiedDefault: false,
    maxPositionsDefault: 4096 * 32,
    groupedKv: true,
    traits: llama4Traits,
  },
  qwen3_next: {
    label: 'Qwen3-Next',
    tiedDefault: false,
    maxPositionsDefault: 32768,
    groupedKv: true,
    traits: qwen3NextTraits,
  },
  gemma3_text: {
    label: 'Gemma 3',
    tiedDefault: true,
    maxPositionsDefault: 131072,
    groupedKv: true,
    headDimDefault: 256,
    // Gemma3TextConfig's defaults (configuration_gemma3.py): the released configs leave these out.
    configDefaults: [
      { key: 'vocab_size', field: 'vocab', value: 262208 },
      { key: 'num_attention_heads', field: 'heads', value: 8 },
      { key: 'num_key_value_heads', field: 'kvHeads', value: 4 },
      { key: 'sliding_window', field: 'slidingWindow', value: 4096 },
    ],
    traits: gemma3Traits,
  },
};
