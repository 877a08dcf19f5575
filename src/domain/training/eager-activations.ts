import {
  activeMlpWidth,
  layerActivationBytes,
  mlpsPerToken,
  type ActivationOptions,
  type LayerActivationBytes,
} from '../memory/activations';
import type { ModelSpec } from '../model';

/**
 * How activations are counted (docs/method.md §14): as Korthikanti et al. count them, or as
 * PyTorch's eager autograd keeps them in the Hugging Face modeling code (the default).
 */
export const ACTIVATION_CONVENTIONS = ['eager', 'paper'] as const;
export type ActivationConvention = (typeof ACTIVATION_CONVENTIONS)[number];

/** Bytes one norm keeps per token: RMSNorm its fp32 input copy and 16-bit normalised output; LayerNorm its input. */
export function eagerNormBytesPerToken(m: ModelSpec, p: number): number {
  // HF LlamaRMSNorm: hidden_states.to(float32), pow(2).mean → rsqrt (4 bytes a token),
  // hidden_states * rsqrt (saves the fp32 input), weight * x.to(input_dtype) (saves the p-byte x).
  if (m.norm === 'rmsnorm') return (4 + p) * m.hidden + 4;
  // torch.native_layer_norm saves its input and an fp32 mean and rstd per token.
  return p * m.hidden + 8;
}

/**
 * One layer as PyTorch eager keeps it for backward, in bytes (docs/method.md §14). Against the
 * paper's count: each RMSNorm keeps an fp32 copy of its input besides its 16-bit output; a gated
 * MLP keeps the SiLU output too, p·sb·(h + 4f) instead of (h + 3f); eager attention keeps the
 * fp32 softmax and its 16-bit cast (HF eager_attention_forward) and K, V repeated to all heads
 * (repeat_kv); an MoE layer keeps its fp32 router probabilities, 4·sb·E.
 */
export function eagerLayerActivationBytes(
  m: ModelSpec,
  o: ActivationOptions,
  isMoeLayer = false,
): LayerActivationBytes {
  const paper = layerActivationBytes(m, o, isMoeLayer);
  const { seqLen: s, batch: b, bytesPerElement: p, tensorParallel: t } = o;
  const sb = s * b;
  const whole = o.sequenceParallel ? t : 1;
  const norms = (m.normsPerLayer * sb * eagerNormBytesPerToken(m, p)) / whole;

  const qWidth = (m.heads * m.headDim) / m.hidden;
  const r = m.kvHeads / m.heads;
  const repeatedKv = o.attention === 'eager' ? (p * sb * m.hidden * 2 * (1 - r) * qWidth) / t : 0;
  const attention = paper.attention + repeatedKv;

  const scores = m.heads * s * s * b;
  const attentionCore =
    o.attention === 'eager'
      ? ((4 + (p === 4 ? 0 : p)) * scores + (o.dropout ? scores + p * scores : 0)) / t
      : paper.attentionCore;

  const silu = m.mlp === 'gated' ? (p * sb * activeMlpWidth(m, isMoeLayer)) / t : 0;
  const router = isMoeLayer ? (4 * sb * m.experts) / whole : 0;
  const mlp = paper.mlp + silu + router;
  return { norms, attention, attentionCore, mlp, total: norms + attention + attentionCore + mlp };
}

/** What the model keeps outside its layers, and the loss's short-lived copies, in bytes. */
export interface ModelExtras {
  /** Embedding-dropout mask, final-norm input and output-projection input. */
  extras: number;
  /** Logits kept for the backward pass. */
  logits: number;
  /** Copies the loss makes in the forward pass beyond the kept logits, freed before backward. */
  lossForward: number;
  /** Copies at the start of backward: the gradient of the kept logits and its input gradient. */
  lossBackward: number;
}

/**
 * The model's extras by convention (docs/method.md §14), on the GPU holding the output layer.
 * Paper (Korthikanti §4.4): embedding-dropout mask sbh, final-norm input and output-projection
 * input p·sbh each, fp32 logits 4·sbV. Eager (HF ForCausalLMLoss: `logits = logits.float()`, then
 * cross_entropy): the final RMSNorm as above, the projection input, the fp32 log-softmax output
 * kept (4 bytes a logit); in forward the 16-bit logits and their fp32 copy (p + 4, or 4 in fp32);
 * in backward the fp32 gradient and the input gradient (8).
 */
export function modelExtraBytes(
  m: ModelSpec,
  o: ActivationOptions,
  convention: ActivationConvention,
): ModelExtras {
  const { seqLen: s, batch: b, bytesPerElement: p, tensorParallel: t } = o;
  const sb = s * b;
  const whole = o.sequenceParallel ? t : 1;
  const logitCount = (sb * m.vocab) / t;
  const mask = o.dropout ? sb * m.hidden : 0;
  const projectionInput = p * sb * m.hidden;
  if (convention === 'paper') {
    return {
      extras: (mask + p * sb * m.hidden + projectionInput) / whole,
      logits: 4 * logitCount,
      lossForward: 0,
      lossBackward: 0,
    };
  }
  const finalNorm = m.finalNorm ? sb * eagerNormBytesPerToken(m, p) : 0;
  return {
    extras: (mask + finalNorm + projectionInput) / whole,
    logits: 4 * logitCount,
    lossForward: (p === 4 ? 4 : p + 4) * logitCount,
    lossBackward: 8 * logitCount,
  };
}

/**
 * Bytes an FP8 recipe saves per layer (docs/method.md §16): Transformer Engine keeps each linear
 * layer's input in FP8 for the backward pass, 1 byte instead of p, for the QKV, output-projection,
 * MLP-input and down-projection inputs.
 */
export function fp8SavedInputSavings(
  m: ModelSpec,
  o: ActivationOptions,
  isMoeLayer: boolean,
): number {
  const { seqLen: s, batch: b, bytesPerElement: p, tensorParallel: t } = o;
  const sb = s * b;
  const whole = o.sequenceParallel ? t : 1;
  const qWidth = (m.heads * m.headDim) / m.hidden;
  const visits = mlpsPerToken(m, isMoeLayer);
  const inputs = (sb * m.hidden * (1 + visits)) / whole;
  const split = (sb * m.hidden * qWidth + sb * activeMlpWidth(m, isMoeLayer)) / t;
  return (p - 1) * (inputs + split);
}
