import type { ConfigReader } from './config-reader';
import type { FamilyRule } from './family-rules-types';
import { MODERN_FAMILY_RULES } from './modern-families';
import {
  alternatingWindow,
  deepseekMoeLayer,
  llamaBlock,
  moeTraits,
  qwenMoeLayer,
  qwenWindow,
  windowOnEveryLayer,
  type Core,
  type Traits,
} from './family-traits';
import { falconTraits, optTraits } from './gpt-lineage-traits';

const qwen2Block = (r: ConfigReader, core: Core): Traits => ({
  ...llamaBlock(r),
  attentionBias: 'qkv',
  ...qwenWindow(r, core),
});
const qwen3Block = (r: ConfigReader, core: Core): Traits => ({
  ...llamaBlock(r),
  qkNorm: true,
  ...qwenWindow(r, core),
});
const gemmaBlock = (r: ConfigReader): Traits => ({ ...llamaBlock(r), mlpBias: false });

const LLAMA: FamilyRule = {
  label: 'Llama',
  tiedDefault: false,
  maxPositionsDefault: 2048,
  groupedKv: true,
  traits: llamaBlock,
};
const FALCON: FamilyRule = {
  label: 'Falcon',
  tiedDefault: true,
  maxPositionsDefault: 2048,
  groupedKv: true,
  fourHByDefinition: true,
  traits: falconTraits,
};

export const FAMILY_RULES: Readonly<Record<string, FamilyRule>> = {
  llama: LLAMA,
  mistral: {
    label: 'Mistral',
    tiedDefault: false,
    maxPositionsDefault: 131072,
    groupedKv: true,
    traits: (r) => ({ ...llamaBlock(r), ...windowOnEveryLayer(r) }),
  },
  mixtral: {
    label: 'Mixtral',
    tiedDefault: false,
    maxPositionsDefault: 131072,
    groupedKv: true,
    traits: (r, core) => ({
      ...llamaBlock(r),
      ...windowOnEveryLayer(r),
      ...moeTraits(r, core, {
        label: 'Mixtral',
        topKDefault: 2,
        expertWidth: 'dense',
        shared: 'none',
      }),
    }),
  },
  qwen2: {
    label: 'Qwen2',
    tiedDefault: false,
    maxPositionsDefault: 32768,
    groupedKv: true,
    traits: qwen2Block,
  },
  qwen2_moe: {
    label: 'Qwen2-MoE',
    tiedDefault: false,
    maxPositionsDefault: 32768,
    groupedKv: true,
    traits: (r, core) => ({
      ...qwen2Block(r, core),
      ...moeTraits(r, core, {
        label: 'Qwen2-MoE',
        topKDefault: 4,
        isMoeLayer: qwenMoeLayer,
        expertWidth: 'moe',
        shared: 'qwen',
      }),
    }),
  },
  qwen3: {
    label: 'Qwen3',
    tiedDefault: false,
    maxPositionsDefault: 32768,
    groupedKv: true,
    traits: qwen3Block,
  },
  qwen3_moe: {
    label: 'Qwen3-MoE',
    tiedDefault: false,
    maxPositionsDefault: 32768,
    groupedKv: true,
    traits: (r, core) => ({
      ...qwen3Block(r, core),
      ...moeTraits(r, core, {
        label: 'Qwen3-MoE',
        topKDefault: 8,
        isMoeLayer: qwenMoeLayer,
        expertWidth: 'moe',
        shared: 'none',
      }),
    }),
  },
  gemma: {
    label: 'Gemma',
    tiedDefault: true,
    maxPositionsDefault: 8192,
    groupedKv: true,
    headDimDefault: 256,
    traits: gemmaBlock,
  },
  gemma2: {
    label: 'Gemma 2',
    tiedDefault: true,
    maxPositionsDefault: 8192,
    groupedKv: true,
    headDimDefault: 256,
    // Gemma 2 wraps attention and MLP in pre- and post-norms: four RMSNorms a layer.
    traits: (r, core) => ({ ...gemmaBlock(r), normsPerLayer: 4, ...alternatingWindow(r, core) }),
  },
  phi3: {
    label: 'Phi-3',
    tiedDefault: false,
    maxPositionsDefault: 4096,
    groupedKv: true,
    traits: (r) => ({ ...llamaBlock(r), ...windowOnEveryLayer(r) }),
  },
  gpt2: {
    label: 'GPT-2',
    tiedDefault: true,
    maxPositionsDefault: 1024,
    groupedKv: false,
    fourHByDefinition: true,
    traits: () => ({
      mlp: 'plain',
      norm: 'layernorm',
      positions: 'learned',
      attentionBias: 'all',
      mlpBias: true,
    }),
  },
  gpt_neox: {
    label: 'GPT-NeoX',
    tiedDefault: false,
    maxPositionsDefault: 2048,
    groupedKv: false,
    // Parallel residual or not, each layer has input_layernorm and post_attention_layernorm.
    traits: (r) => ({
      mlp: 'plain',
      norm: 'layernorm',
      positions: 'rotary',
      attentionBias: r.flag('attention_bias', true) ? 'all' : 'none',
      mlpBias: true,
    }),
  },
  falcon: FALCON,
  RefinedWeb: FALCON,
  RefinedWebModel: FALCON,
  opt: {
    label: 'OPT',
    tiedDefault: true,
    maxPositionsDefault: 2048,
    groupedKv: false,
    traits: optTraits,
  },
  ...MODERN_FAMILY_RULES,
  deepseek: {
    label: 'DeepSeek-MoE',
    tiedDefault: false,
    maxPositionsDefault: 2048,
    groupedKv: true,
    traits: (r, core) => ({
      ...llamaBlock(r),
      ...moeTraits(r, core, {
        label: 'DeepSeek-MoE',
        topKDefault: 6,
        isMoeLayer: deepseekMoeLayer,
        expertWidth: 'moe',
        shared: 'deepseek',
      }),
    }),
  },
};

/** An unknown model_type with the usual field names: read as a Llama-style decoder, saying so. */
export function genericRule(modelType: string): FamilyRule {
  const label = modelType === '' ? 'a config without model_type' : `model_type "${modelType}"`;
  return {
    label,
    tiedDefault: false,
    maxPositionsDefault: 2048,
    groupedKv: true,
    traits: (r, core) => {
      const reason = `${label} is not a family this calculator knows; assumed a Llama-style block`;
      r.orAssume('mlp', undefined, 'gated', reason);
      r.orAssume('norm', undefined, 'rmsnorm', reason);
      return {
        ...llamaBlock(r),
        ...(r.flag('use_sliding_window', true) ? windowOnEveryLayer(r) : {}),
        ...moeTraits(r, core, {
          label,
          topKDefault: 2,
          isMoeLayer: (reader, layer) => layer >= (reader.config.first_k_dense_replace ?? 0),
          expertWidth: r.config.moe_intermediate_size ? 'moe' : 'dense',
          shared: r.config.shared_expert_intermediate_size ? 'qwen' : 'deepseek',
        }),
      };
    },
  };
}
