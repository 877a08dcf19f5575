import type { FormatId } from '../formats/catalogue';
import type { ModelSpec } from '../model';
import type { Engine } from '../serving/engines';

/** The key of the scenario's own GPU or model in a selection, whichever preset or custom spec it is. */
export const CURRENT_KEY = 'current';

/**
 * The request lengths the sweep tries (prompt and generated tokens together): a chat turn, a long
 * document, and the 128k window of most 2025 models (docs/method.md §17).
 */
export const FITS_CONTEXTS: readonly number[] = [4096, 32_768, 131_072];

/**
 * The weight formats the sweep tries, as engineers download them: the 16-bit checkpoint, FP8, an
 * AWQ 4-bit checkpoint, and llama.cpp's most used GGUF mix. A mixture of experts also gets MXFP4
 * on its experts, the format gpt-oss ships in, as a checkpoint and as llama.cpp's MXFP4_MOE file.
 */
const DENSE_FORMATS: readonly FormatId[] = ['bf16', 'fp8', 'awq-int4', 'gguf-q4_k_m'];
const MOE_FORMATS: readonly FormatId[] = [
  'bf16',
  'fp8',
  'mxfp4',
  'awq-int4',
  'gguf-q4_k_m',
  'gguf-mxfp4_moe',
];

/** Every format the sweep tries for some model, in the order of the table's filter. */
export const FITS_FORMAT_IDS: readonly FormatId[] = MOE_FORMATS;

/** The formats the sweep tries for a model. */
export const fitsFormats = (model: ModelSpec): readonly FormatId[] =>
  model.experts > 1 ? MOE_FORMATS : DENSE_FORMATS;

/**
 * The request lengths tried for a model: each of FITS_CONTEXTS, capped at the model's longest
 * context (its max_position_embeddings), each length once.
 */
export function fitsContexts(model: ModelSpec): number[] {
  const capped = FITS_CONTEXTS.map((context) => Math.min(context, model.maxPositions));
  return [...new Set(capped)];
}

/**
 * The engine a format is served by: GGUF files by llama.cpp, which is what reads them; every other
 * format by the scenario's engine, or vLLM when the scenario's is llama.cpp, which reads only GGUF.
 */
export function fitsEngine(format: FormatId, engine: Engine): Engine {
  if (format.startsWith('gguf-')) return 'llamacpp';
  return engine === 'llamacpp' ? 'vllm' : engine;
}

/**
 * The tokens a request of `context` generates: the scenario's own, or half the context when that
 * would leave no prompt.
 */
export const fitsGenerated = (context: number, generated: number): number =>
  generated < context ? generated : Math.floor(context / 2);

/**
 * Fine-tuning is tried at one sequence of the shortest context, with gradient checkpointing as
 * the QLoRA recipe and PEFT's examples run it, on the scenario's other options.
 */
export const fitsFinetuneSeqLen = (model: ModelSpec): number => fitsContexts(model)[0]!;
