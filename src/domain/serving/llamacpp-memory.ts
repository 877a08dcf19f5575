import { cacheLayerGroups } from '../memory/kv-cache';
import { kvBytesPerElement, stateBytesPerElement } from '../model-state-totals';
import { CUDA_HIDDEN_BYTES, STARTUP_USED_BYTES } from './engines';
import { shareOfGroups, type EngineMemory, type ServingInput } from './engine-memory';
import {
  LLAMACPP_CACHE_TYPES,
  LLAMACPP_FIT_MARGIN,
  LLAMACPP_UBATCH,
  llamaCppComputeBytes,
  llamaCppKvBytes,
  llamaCppOffload,
} from './llamacpp';
import { servedModelLen } from './serving-settings';

/**
 * One llama.cpp device (docs/method.md §11): the layers -ngl offloads, split by layer over the
 * node's GPUs (--split-mode layer), with their KV cache for the whole context (-c = parallel slots
 * × the per-request length) and one compute buffer; the rest stays in host RAM. --fit keeps
 * --fit-target free on every device.
 */
export function llamaCppMemory({
  s,
  params,
  weightsBytes,
  pipelineParallel: gpus,
}: ServingInput): EngineMemory {
  const m = s.model;
  const cacheType = LLAMACPP_CACHE_TYPES[s.kvDtype] ?? 'f16';
  const bytesPerWeight = weightsBytes / params.total;
  const head = (params.head > 0 ? params.head : params.embeddings) * bytesPerWeight;
  const blocksBytes =
    weightsBytes - params.embeddings * bytesPerWeight - params.head * bytesPerWeight;
  const offload = llamaCppOffload(m.layers, s.gpuLayers);
  const deviceLayers = Math.ceil(offload.repeating / gpus);
  const weights = (blocksBytes * deviceLayers) / m.layers + (offload.output ? head : 0);
  const groups = shareOfGroups(
    cacheLayerGroups(m, kvBytesPerElement(s), 1, stateBytesPerElement(s)),
    m.layers,
    deviceLayers,
  );
  const slots = s.batch;
  const perSlot = servedModelLen(s);
  const ubatch = LLAMACPP_UBATCH.value;
  const kvCache = llamaCppKvBytes(groups, slots, perSlot, ubatch);
  const computeBytes =
    offload.repeating > 0 || offload.output ? llamaCppComputeBytes(m.vocab, ubatch) : 0;
  const overhead = CUDA_HIDDEN_BYTES.value + STARTUP_USED_BYTES.value + LLAMACPP_FIT_MARGIN.value;
  const gpuWeightsAll = (blocksBytes * offload.repeating) / m.layers + (offload.output ? head : 0);
  return {
    parts: { weights, gradients: 0, optimizer: 0, activations: computeBytes, kvCache, overhead },
    kvPoolBytes: kvCache,
    requestBytes: kvCache,
    starts: true,
    detail: {
      engine: 'llamacpp',
      cacheType,
      slots,
      contextCells: slots * perSlot,
      gpus,
      repeatingOnGpu: offload.repeating,
      outputOnGpu: offload.output,
      gpuLayerArgument: offload.repeating + (offload.output ? 1 : 0),
      hostWeightsBytes: Math.max(0, weightsBytes - gpuWeightsAll),
      computeBytes,
      marginBytes: LLAMACPP_FIT_MARGIN.value,
    },
  };
}
