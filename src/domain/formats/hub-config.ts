import type { FormatId } from './catalogue';

/** The weight format a Hub checkpoint's quantization_config names. */
export interface QuantizationFormat {
  format: FormatId;
  /** Modules the config keeps unquantized, as written (modules_to_not_convert, ignore, …); module-roles.ts maps them to roles. */
  notConverted: string[];
  /** The config's group size for GPTQ, AWQ and int4 (−1: one group per row), or null when it gives none. */
  groupSize: number | null;
}

type Config = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Config =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' ? value.toLowerCase() : null;
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The modules a config keeps unquantized, under each name the quantizers use. */
const notConvertedOf = (q: Config): string[] => [
  ...strings(q.modules_to_not_convert),
  ...strings(q.ignore),
  ...strings(q.exclude_modules),
  ...strings(q.llm_int8_skip_modules),
];

/** bitsandbytes (transformers BitsAndBytesConfig): `load_in_8bit` is LLM.int8; 4-bit reads `bnb_4bit_quant_type` (default "fp4") and `bnb_4bit_use_double_quant` (default false). */
function bitsandbytes(q: Config): FormatId | null {
  if (q.load_in_8bit === true) return 'int8';
  if (q.load_in_4bit !== true) return null;
  const type = text(q.bnb_4bit_quant_type) ?? 'fp4';
  if (type !== 'nf4' && type !== 'fp4') return null;
  return q.bnb_4bit_use_double_quant === true ? `bnb-${type}-dq` : `bnb-${type}`;
}

/**
 * compressed-tensors (llm-compressor): `format` names the packing, and the first config group's
 * `weights` give num_bits, type and strategy ("block" for 128×128 FP8 blocks).
 */
function compressedTensors(q: Config): { format: FormatId; groupSize: number | null } | null {
  const groups = isRecord(q.config_groups) ? Object.values(q.config_groups) : [];
  const first = groups.find(isRecord);
  const weights = first && isRecord(first.weights) ? first.weights : {};
  const bits = count(weights.num_bits);
  const groupSize = count(weights.group_size);
  switch (text(q.format)) {
    case 'nvfp4-pack-quantized':
      return { format: 'nvfp4', groupSize: null };
    case 'mxfp4-pack-quantized':
      return { format: 'mxfp4', groupSize: null };
    case 'float-quantized':
      return { format: text(weights.strategy) === 'block' ? 'fp8-block' : 'fp8', groupSize: null };
    case 'pack-quantized':
    case 'int-quantized':
    case 'naive-quantized':
      if (bits === 4) return { format: 'int4', groupSize };
      if (bits === 8) return { format: 'int8', groupSize: null };
      return null;
    default:
      return null;
  }
}

/** NVIDIA ModelOpt (`quant_method: "modelopt"`, or hf_quant_config.json's `quantization`): `quant_algo` NVFP4 or FP8. */
function modelopt(q: Config): FormatId | null {
  const algo = text(q.quant_algo);
  if (algo === 'nvfp4') return 'nvfp4';
  if (algo?.startsWith('fp8')) return 'fp8';
  return null;
}

function formatOf(
  method: string,
  q: Config,
): { format: FormatId; groupSize: number | null } | null {
  const bits = count(q.bits);
  const groupSize = count(q.group_size);
  switch (method) {
    case 'gptq':
      return bits === 4 ? { format: 'gptq-int4', groupSize } : null;
    case 'awq':
      return bits === 4 ? { format: 'awq-int4', groupSize } : null;
    case 'bitsandbytes':
    case 'bitsandbytes_4bit':
    case 'bitsandbytes_8bit': {
      const format = bitsandbytes(q);
      return format ? { format, groupSize: null } : null;
    }
    case 'fp8':
      // transformers FineGrainedFP8Config and DeepSeek-V3: `weight_block_size: [128, 128]`, `fmt: "e4m3"`.
      return { format: Array.isArray(q.weight_block_size) ? 'fp8-block' : 'fp8', groupSize: null };
    case 'fbgemm_fp8':
      return { format: 'fp8', groupSize: null };
    case 'mxfp4':
      return { format: 'mxfp4', groupSize: null };
    case 'compressed-tensors':
      return compressedTensors(q);
    case 'modelopt':
    case 'modelopt_fp4': {
      const format = modelopt(q);
      return format ? { format, groupSize: null } : null;
    }
    default:
      return null;
  }
}

/**
 * The catalogue format a Hub `quantization_config` describes, from `quant_method` and the fields
 * each quantizer writes (bits, group_size, bnb_4bit_quant_type, bnb_4bit_use_double_quant,
 * load_in_8bit, weight_block_size, format, quant_algo), with the modules it keeps unquantized.
 * Accepts the whole config.json too. Null when the method or its bit width is not in the catalogue.
 */
export function formatFromQuantizationConfig(config: unknown): QuantizationFormat | null {
  if (!isRecord(config)) return null;
  let q: Config = isRecord(config.quantization_config) ? config.quantization_config : config;
  // hf_quant_config.json (ModelOpt) nests its fields under "quantization".
  if (q.quant_method === undefined && isRecord(q.quantization))
    q = { quant_method: 'modelopt', ...q.quantization };
  const method =
    text(q.quant_method) ??
    (q.load_in_4bit === true || q.load_in_8bit === true ? 'bitsandbytes' : null);
  if (method === null) return null;
  const found = formatOf(method, q);
  return found && { ...found, notConverted: notConvertedOf(q) };
}
