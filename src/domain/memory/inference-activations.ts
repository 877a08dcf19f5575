import type { ModelSpec } from '../model';
import { moeLayerCount } from '../model-shape';
import { layerActivationBytes, type AttentionKind } from './activations';

/**
 * Inference working set during prefill (docs/method.md §6): one layer's §4 terms at a time,
 * without dropout and without keeping earlier layers, plus the fp32 logits of the last position
 * of each sequence (4·b·V bytes), all split by the tensor-parallel size.
 */
export function inferenceActivationBytes(
  m: ModelSpec,
  promptTokens: number,
  batch: number,
  bytesPerElement: number,
  attention: AttentionKind,
  tensorParallel: number,
): number {
  const options = {
    seqLen: promptTokens,
    batch,
    bytesPerElement,
    attention,
    dropout: false,
    tensorParallel,
    sequenceParallel: false,
  };
  const moeLayers = moeLayerCount(m);
  const layer = Math.max(
    moeLayers < m.layers ? layerActivationBytes(m, options, false).total : 0,
    moeLayers > 0 ? layerActivationBytes(m, options, true).total : 0,
  );
  return layer + (4 * batch * m.vocab) / tensorParallel;
}
