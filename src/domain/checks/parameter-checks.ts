import { countParameters } from '../parameters';
import { findModelPreset } from '../presets/models';
import type { PublishedCheck } from './published-check';
import { toFraction } from '../decimal-text';

/** A preset's exact published parameter count, and where it was read. */
function count(id: string, total: number, where: string): PublishedCheck {
  const preset = findModelPreset(id);
  if (!preset) throw new Error(`no model preset "${id}"`);
  return {
    id: `parameters-${id}`,
    topic: 'parameters',
    setting: `${preset.model.name}, parameters`,
    published: total,
    unit: 'parameters',
    quote: toFraction(total, 0),
    source: { label: where, url: null },
    tolerance: 0,
    ours: () => countParameters(preset.model).total,
  };
}

/**
 * Exact parameter counts published for the presets' real checkpoints. "HF safetensors total" is
 * the Hugging Face model API's sum of the checkpoint's tensors. Llama 2's HF checkpoints also store
 * each layer's 64 rotary inv_freq buffers, which are not parameters; their total is the count
 * below plus layers × 64 (7B 6,738,417,664; 13B 13,015,866,880; 70B 68,976,653,312).
 */
export const PARAMETER_CHECKS: readonly PublishedCheck[] = [
  count(
    'llama-2-7b',
    6_738_415_616,
    'transformers num_parameters() of meta-llama/Llama-2-7b-hf; GGUF general.parameter_count; HF safetensors.total 6,738,417,664 less 32 x 64 inv_freq',
  ),
  count(
    'llama-2-13b',
    13_015_864_320,
    'DeepSpeed zero_to_fp32 "13015864320 elements" for a Llama-2-13B fine-tune; HF safetensors.total 13,015,866,880 less 40 x 64 inv_freq',
  ),
  count(
    'llama-2-70b',
    68_976_648_192,
    'Together API parameter count of llama-2-70b; HF safetensors.total 68,976,653,312 less 80 x 64 inv_freq',
  ),
  count('llama-3.1-8b', 8_030_261_248, 'HF safetensors.total of meta-llama/Llama-3.1-8B'),
  count('llama-3.1-70b', 70_553_706_496, 'HF safetensors.total of meta-llama/Llama-3.1-70B'),
  count('llama-3.1-405b', 405_853_388_800, 'HF safetensors.total of meta-llama/Llama-3.1-405B'),
  count(
    'mistral-7b',
    7_241_732_096,
    'mistralai/Mistral-7B-Instruct-v0.2 model.safetensors.index.json total_size 14,483,464,192 bytes / 2 (bf16; same shapes as v0.1); GGUF general.parameter_count',
  ),
  count(
    'mixtral-8x7b',
    46_702_792_704,
    'HF safetensors.total of mistralai/Mixtral-8x7B-Instruct-v0.1',
  ),
  count('qwen2.5-7b', 7_615_616_512, 'GGUF general.parameter_count of Qwen2.5-7B'),
  count(
    'qwen3-8b',
    8_190_735_360,
    'HF safetensors {"BF16": 8190735360} of Qwen/Qwen3-8B; llama.cpp n_params',
  ),
  count('phi-3-mini', 3_821_079_552, 'HF API weight count of microsoft/Phi-3-mini-4k-instruct'),
  count(
    'grok-1',
    315_684_820_992,
    'rmems/xai-dissect inventory of xai-org/grok-1 ckpt-0: 770 tensors, total elements 315,684,820,992 (xAI announces "314B")',
  ),
  count(
    'deepseek-v3',
    671_026_419_200,
    'HF API total of deepseek-ai/DeepSeek-V3, 684,531,386,000 (quoted verbatim in a public design document), less its 41,540,496 fp8 block scales, the MTP layer 61 (11,610,068,224) and that layer\'s copies of the embedding and head (2 × 926,679,040); README: "671B"',
  ),
  count(
    'gpt-oss-20b',
    20_914_757_184,
    'gpt-oss model card Table 1 "20.91B"; HF safetensors total 20,914,757,184',
  ),
  count(
    'gpt-oss-120b',
    116_829_156_672,
    'gpt-oss model card Table 1 "116.83B"; HF safetensors total 116,829,156,672',
  ),
  count(
    'qwen3-30b-a3b',
    30_532_122_624,
    'HF safetensors total of Qwen/Qwen3-30B-A3B; model card "30.5B"',
  ),
  count(
    'qwen3-235b-a22b',
    235_093_634_560,
    'HF safetensors total of Qwen/Qwen3-235B-A22B; model card "235B"',
  ),
  count(
    'llama-4-scout',
    108_641_793_536,
    'HF safetensors total of meta-llama/Llama-4-Scout-17B-16E-Instruct; Meta "109B (Total)"',
  ),
  count(
    'gemma-3-27b',
    27_432_406_640,
    'HF safetensors total of google/gemma-3-27b-it; Gemma 3 report Table 1',
  ),
];
