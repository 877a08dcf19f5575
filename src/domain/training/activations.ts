import {
  layerActivationBytes,
  layerInputBytes,
  recomputedActivationBytes,
  type ActivationOptions,
  type LayerActivationBytes,
} from '../memory/activations';
import { activationBytesPerElement } from '../model-state-totals';
import { moeLayerCount } from '../model-shape';
import type { ResolvedScenario } from '../scenario';
import { usesFp8 } from './state-rules';
import {
  eagerLayerActivationBytes,
  fp8SavedInputSavings,
  modelExtraBytes,
  type ActivationConvention,
} from './eager-activations';

/** Training activations on the busiest GPU, in bytes (docs/method.md §5 and §14). */
export interface TrainingActivations {
  /** Kept for the backward pass: the layers, the model's extras and the kept logits. */
  kept: number;
  /** The loss's copies in the forward pass, on top of `kept`. */
  lossForward: number;
  /** The loss's gradients at the start of the backward pass, on top of `kept`. */
  lossBackward: number;
}

/** The splits that change activations: t, pp, sequence parallelism, and context parallelism cp. */
export interface ActivationSplit {
  tensorParallel: number;
  pipelineParallel: number;
  sequenceParallel: boolean;
  contextParallel: number;
}

function options(s: ResolvedScenario, split: ActivationSplit): ActivationOptions {
  return {
    // Context parallelism gives each GPU s / cp tokens of every sequence (ring attention).
    seqLen: Math.ceil(s.seqLen / split.contextParallel),
    batch: s.batch,
    bytesPerElement: activationBytesPerElement(s),
    attention: s.attention,
    dropout: s.dropout,
    tensorParallel: split.tensorParallel,
    sequenceParallel: split.sequenceParallel,
  };
}

const convention = (s: ResolvedScenario): ActivationConvention =>
  s.activationConvention === 'paper' ? 'paper' : 'eager';

/** One layer by the scenario's convention, less what an FP8 recipe saves. */
function layerBytes(
  s: ResolvedScenario,
  o: ActivationOptions,
  isMoeLayer: boolean,
): LayerActivationBytes {
  const layer =
    convention(s) === 'paper'
      ? layerActivationBytes(s.model, o, isMoeLayer)
      : eagerLayerActivationBytes(s.model, o, isMoeLayer);
  if (!usesFp8(s)) return layer;
  const saved = fp8SavedInputSavings(s.model, o, isMoeLayer);
  return { ...layer, mlp: layer.mlp - saved, total: layer.total - saved };
}

/** Layer activations averaged over the model's dense and MoE layers, and the largest single layer. */
function layerMix(
  s: ResolvedScenario,
  o: ActivationOptions,
): { average: LayerActivationBytes; largest: LayerActivationBytes } {
  const m = s.model;
  const moeLayers = moeLayerCount(m);
  const dense = layerBytes(s, o, false);
  if (moeLayers === 0) return { average: dense, largest: dense };
  const moe = layerBytes(s, o, true);
  const denseLayers = m.layers - moeLayers;
  const mix = (key: keyof LayerActivationBytes) =>
    (denseLayers * dense[key] + moeLayers * moe[key]) / m.layers;
  return {
    average: {
      norms: mix('norms'),
      attention: mix('attention'),
      attentionCore: mix('attentionCore'),
      mlp: mix('mlp'),
      total: mix('total'),
    },
    largest: denseLayers > 0 && dense.total > moe.total ? dense : moe,
  };
}

/**
 * Training activations on the busiest GPU (docs/method.md §5, §14): under 1F1B the first stage holds
 * L layers' worth whatever pp is; the last holds its ⌈L/pp⌉ layers plus the model's extras and the
 * logits. Without pipelining one GPU holds all of it. Context parallelism splits the tokens.
 */
export function trainingActivations(
  s: ResolvedScenario,
  split: ActivationSplit,
): TrainingActivations {
  const o = options(s, split);
  const { average, largest } = layerMix(s, o);
  const input = layerInputBytes(s.model, o);
  const held = (layers: number) => {
    const kept = recomputedActivationBytes(average, input, layers, s.recompute);
    return s.recompute === 'full' ? kept - average.total + largest.total : kept;
  };
  const extras = modelExtraBytes(s.model, o, convention(s));
  const last = {
    kept: held(Math.ceil(s.model.layers / split.pipelineParallel)) + extras.extras + extras.logits,
    lossForward: extras.lossForward,
    lossBackward: extras.lossBackward,
  };
  if (split.pipelineParallel === 1) return last;
  const first = { kept: held(s.model.layers), lossForward: 0, lossBackward: 0 };
  return first.kept > last.kept + last.lossBackward ? first : last;
}
