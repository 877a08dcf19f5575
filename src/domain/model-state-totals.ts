import { BYTES_PER_ELEMENT } from './dtypes';
import { weightFormat } from './formats/catalogue';
import { kvElementOf, type KvElement } from './formats/kv-formats';
import { COMPUTE_BYTES, qloraBaseFormat, scenarioWeightBytes } from './formats/scenario-weights';
import { loraParamCount, loraSumOfRowsAndCols, sumOfRowsAndCols } from './linear-shapes';
import {
  adafactorFactoredBytes,
  gradientBytesPerParam,
  masterCopyBytesPerParam,
  optimizerStateBytesPerParam,
  type ModelStateBytes,
} from './memory/model-states';
import type { ParameterBreakdown } from './parameters';
import type { ResolvedScenario } from './scenario';
import { LLAMACPP_CACHE_ELEMENTS, LLAMACPP_CACHE_TYPES } from './serving/llamacpp';

/** The unsharded model states of a scenario, and the per-parameter rates behind them. */
export interface ModelStateTotals extends ModelStateBytes {
  trainableParams: number;
  /** Bytes per trainable parameter of each state (weights counted over all parameters). */
  gradientBytesPerParam: number;
  optimizerBytesPerParam: number;
  masterBytesPerParam: number;
  /** Adafactor's factored second moment, in bytes (0 for other optimizers). */
  factoredBytes: number;
  /** Frozen base weights of LoRA/QLoRA, in bytes (0 otherwise). */
  frozenBaseBytes: number;
}

/** Whether the scenario updates every weight (pre-training or full fine-tuning). */
export const trainsAllWeights = (s: ResolvedScenario): boolean =>
  s.mode === 'training' || (s.mode === 'finetune' && s.finetuneMethod === 'full');

/** The format the stored weights are in: QLoRA's bitsandbytes 4-bit base, else the scenario's. */
export const storedFormat = (s: ResolvedScenario) =>
  s.mode === 'finetune' && s.finetuneMethod === 'qlora' ? qloraBaseFormat(s.dtype) : s.dtype;

/** Bytes of the stored (or frozen base) weights in their format, counted as the scenario asks. */
export const storedWeightBytes = (s: ResolvedScenario, params: ParameterBreakdown): number =>
  scenarioWeightBytes(s.model, params.total, storedFormat(s), s.weightAccounting);

/**
 * Weights W, gradients G and optimizer O before sharding (docs/method.md §3):
 * full training W = Ψ·bytes(dtype), G = Ψ·bytes(grad), O = Ψ·(master + state);
 * LoRA/QLoRA: frozen base weights with no gradients or optimizer state, plus adapters trained as above;
 * inference: weights only.
 */
export function modelStateTotals(
  s: ResolvedScenario,
  params: ParameterBreakdown,
): ModelStateTotals {
  if (s.mode === 'inference') {
    const weights = storedWeightBytes(s, params);
    return {
      weights,
      gradients: 0,
      optimizer: 0,
      trainableParams: 0,
      gradientBytesPerParam: 0,
      optimizerBytesPerParam: 0,
      masterBytesPerParam: 0,
      factoredBytes: 0,
      frozenBaseBytes: weights,
    };
  }
  const optimizerState = optimizerStateBytesPerParam(s.optimizer);
  if (trainsAllWeights(s)) {
    const trainable = params.total;
    // Only fp32, bf16 and fp16 can be trained (validation), and each computes in itself.
    const trained = weightFormat(s.dtype).compute;
    const gradient = gradientBytesPerParam(trained, s.gradients);
    const master = masterCopyBytesPerParam(trained);
    const factored =
      s.optimizer === 'adafactor' ? adafactorFactoredBytes(sumOfRowsAndCols(s.model)) : 0;
    return {
      weights: storedWeightBytes(s, params),
      gradients: trainable * gradient,
      optimizer: trainable * (master + optimizerState) + factored,
      trainableParams: trainable,
      gradientBytesPerParam: gradient,
      optimizerBytesPerParam: optimizerState,
      masterBytesPerParam: master,
      factoredBytes: factored,
      frozenBaseBytes: 0,
    };
  }
  const adapters = loraParamCount(s.model, s.loraRank, s.loraTargets);
  const base = storedWeightBytes(s, params);
  const gradient = gradientBytesPerParam(s.adapterDtype, s.gradients);
  const master = masterCopyBytesPerParam(s.adapterDtype);
  const factored =
    s.optimizer === 'adafactor'
      ? adafactorFactoredBytes(loraSumOfRowsAndCols(s.model, s.loraRank, s.loraTargets))
      : 0;
  return {
    weights: base + adapters * BYTES_PER_ELEMENT[s.adapterDtype],
    gradients: adapters * gradient,
    optimizer: adapters * (master + optimizerState) + factored,
    trainableParams: adapters,
    gradientBytesPerParam: gradient,
    optimizerBytesPerParam: optimizerState,
    masterBytesPerParam: master,
    factoredBytes: factored,
    frozenBaseBytes: base,
  };
}

/**
 * Bytes per activation element: the stored format's compute precision, 4 for fp32 (and llama.cpp's
 * F32 compute), else 2 (quantized weights compute in 16-bit).
 */
export function activationBytesPerElement(s: ResolvedScenario): number {
  return COMPUTE_BYTES[weightFormat(storedFormat(s)).compute];
}

/**
 * The KV-cache element in force, from the one catalogue (formats/kv-formats.ts). llama.cpp caches
 * in its own types: auto is f16, and int8 and int4 are its q8_0 and q4_0 blocks. Elsewhere `auto`
 * is the weight format's (fp32 or 16-bit) and a seed dtype keeps its flat size.
 */
export function kvElement(s: ResolvedScenario): KvElement {
  if (s.mode === 'inference' && s.engine === 'llamacpp')
    return kvElementOf(LLAMACPP_CACHE_ELEMENTS[LLAMACPP_CACHE_TYPES[s.kvDtype] ?? 'f16']);
  if (s.kvDtype !== 'auto') return kvElementOf(s.kvDtype);
  return {
    bytesPerElement: COMPUTE_BYTES[weightFormat(storedFormat(s)).kvCache],
    scaleBytesPerLayer: 0,
  };
}

/** Bytes per cached key or value element (kvElement), block scales included. */
export const kvBytesPerElement = (s: ResolvedScenario): number => kvElement(s).bytesPerElement;

/**
 * Bytes of each element of linear attention's recurrent state: the model's compute precision
 * (vLLM's mamba_cache_dtype "auto"), which an fp8 KV cache does not change.
 */
export function stateBytesPerElement(s: ResolvedScenario): number {
  return activationBytesPerElement(s);
}
