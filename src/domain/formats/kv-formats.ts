import { BYTES_PER_ELEMENT, type Dtype } from '../dtypes';
import { blockBitsPerWeight, blockQ4_0, blockQ8_0 } from './ggml-blocks';

/** KV-cache element types beyond the weights' own: vLLM's fp8 and llama.cpp's block types. */
export const KV_FORMAT_IDS = ['fp8-e4m3', 'fp8-e5m2', 'q8_0', 'q4_0'] as const;
export type KvFormatId = (typeof KV_FORMAT_IDS)[number];

/** What one cached key or value element costs, and the fixed scales each attention layer keeps. */
export interface KvElement {
  /** Bytes per cached key or value element, its block's scales included. */
  bytesPerElement: number;
  /** Scale bytes per attention layer: vLLM's fp32 k_scale and v_scale, one each per layer. */
  scaleBytesPerLayer: number;
}

export interface KvFormat extends KvElement {
  id: KvFormatId;
  label: string;
  source: string;
}

/** vLLM per-tensor fp8 KV scales: "A single scale is applied for each Q, K, and V tensor individually", fp32; K and V are cached. */
const FP8_SCALES_PER_LAYER = 2 * 4;

export const KV_FORMATS: Readonly<Record<KvFormatId, KvFormat>> = {
  'fp8-e4m3': {
    id: 'fp8-e4m3',
    label: 'fp8 e4m3',
    bytesPerElement: 1,
    scaleBytesPerLayer: FP8_SCALES_PER_LAYER,
    source: 'vLLM kv_cache_dtype="fp8_e4m3": one byte an element, per-tensor fp32 k/v scales',
  },
  'fp8-e5m2': {
    id: 'fp8-e5m2',
    label: 'fp8 e5m2',
    bytesPerElement: 1,
    scaleBytesPerLayer: FP8_SCALES_PER_LAYER,
    source: 'vLLM kv_cache_dtype="fp8_e5m2": one byte an element',
  },
  q8_0: {
    id: 'q8_0',
    label: 'q8_0 (llama.cpp)',
    bytesPerElement: blockBitsPerWeight(blockQ8_0()) / 8,
    scaleBytesPerLayer: 0,
    source: 'llama.cpp -ctk/-ctv q8_0: block_q8_0, 34 bytes per 32',
  },
  q4_0: {
    id: 'q4_0',
    label: 'q4_0 (llama.cpp)',
    bytesPerElement: blockBitsPerWeight(blockQ4_0()) / 8,
    scaleBytesPerLayer: 0,
    source:
      'llama.cpp -ctk/-ctv q4_0: block_q4_0, 18 bytes per 32 (a quantized V cache needs flash attention)',
  },
};

/** Bytes of `elements` cached elements over `layers` attention layers in a KV format: elements × bytes + layers × scales. */
export function kvFormatBytes(id: KvFormatId, elements: number, layers: number): number {
  const format = KV_FORMATS[id];
  return elements * format.bytesPerElement + layers * format.scaleBytesPerLayer;
}

export const isKvFormatId = (value: string): value is KvFormatId =>
  (KV_FORMAT_IDS as readonly string[]).includes(value);

/**
 * The one home of "bytes per KV element": a format of this catalogue with its scales, or one of
 * the seed's dtypes at its flat size (fp32 4, bf16/fp16 2, fp8/int8 1, int4 0.5) and no scales.
 */
export function kvElementOf(type: Dtype | KvFormatId): KvElement {
  if (isKvFormatId(type)) {
    const { bytesPerElement, scaleBytesPerLayer } = KV_FORMATS[type];
    return { bytesPerElement, scaleBytesPerLayer };
  }
  return { bytesPerElement: BYTES_PER_ELEMENT[type], scaleBytesPerLayer: 0 };
}
