import { BYTES_PER_ELEMENT, realisticWeightBytes, weightBytes } from './dtypes';
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
import { nf4BytesPerWeight } from './training/nf4';

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

/**
 * Frozen base weights for QLoRA: bitsandbytes NF4 linears (0.5625 B, or ≈0.5159 B with double
 * quantization) and 16-bit embeddings, head and norms.
 */
export function qloraBaseBytes(
  params: ParameterBreakdown,
  accounting: ResolvedScenario['weightAccounting'],
  doubleQuant: boolean,
): number {
  return accounting === 'naive'
    ? params.total * 0.5
    : realisticWeightBytes(params, nf4BytesPerWeight(doubleQuant));
}

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
    const weights = weightBytes(params, s.dtype, s.weightAccounting);
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
    const gradient = gradientBytesPerParam(s.dtype, s.gradients);
    const master = masterCopyBytesPerParam(s.dtype);
    const factored =
      s.optimizer === 'adafactor' ? adafactorFactoredBytes(sumOfRowsAndCols(s.model)) : 0;
    return {
      weights: trainable * BYTES_PER_ELEMENT[s.dtype],
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
  const base =
    s.finetuneMethod === 'qlora'
      ? qloraBaseBytes(params, s.weightAccounting, s.doubleQuant)
      : weightBytes(params, s.dtype, s.weightAccounting);
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

/** Bytes per activation element: 4 when computing in fp32, else 2 (quantized weights compute in 16-bit). */
export function activationBytesPerElement(s: ResolvedScenario): number {
  if (s.mode === 'finetune' && s.finetuneMethod === 'qlora') return 2;
  return s.dtype === 'fp32' ? 4 : 2;
}

/** The KV-cache element type in force: `auto` follows 16/32-bit weights and is bf16 for quantized weights. */
export function kvBytesPerElement(s: ResolvedScenario): number {
  if (s.kvDtype !== 'auto') return BYTES_PER_ELEMENT[s.kvDtype];
  return stateBytesPerElement(s);
}

/**
 * Bytes of each element of linear attention's recurrent state: the model's compute precision
 * (vLLM's mamba_cache_dtype "auto"), which an fp8 KV cache does not change.
 */
export function stateBytesPerElement(s: ResolvedScenario): number {
  return s.dtype === 'fp32' ? 4 : 2;
}
