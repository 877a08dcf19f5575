import type { FormatId } from '../domain/formats/catalogue';
import type { HubModelImport } from './to-model-spec';

const TORCH_DTYPES: Readonly<Record<string, FormatId>> = {
  float32: 'fp32',
  bfloat16: 'bf16',
  float16: 'fp16',
  float8_e4m3fn: 'fp8',
  float8_e5m2: 'fp8',
};

/**
 * The weight format the checkpoint is stored in, for the UI to offer: the catalogue's format for
 * its quantization_config (GPTQ, AWQ, bitsandbytes, FP8, MXFP4…), else its bits (fp8, int8, int4 —
 * 2- and 3-bit checkpoints round up to int4), else its torch_dtype.
 */
export function suggestDtype(
  imported: Pick<HubModelImport, 'torchDtype' | 'quantization'>,
): FormatId | null {
  const q = imported.quantization;
  if (q?.format) return q.format;
  if (q) {
    if (q.method === 'fp8') return 'fp8';
    if (q.bits !== null && q.bits <= 4) return 'int4';
    if (q.bits !== null && q.bits <= 8) return 'int8';
  }
  const torch = imported.torchDtype?.replace(/^torch\./, '');
  return torch === undefined ? null : (TORCH_DTYPES[torch] ?? null);
}
