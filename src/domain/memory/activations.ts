import type { ModelSpec } from '../model';

export type AttentionKind = 'eager' | 'fused';
export type Recompute = 'none' | 'selective' | 'full';

/** What one layer's activation count depends on, beyond the model (docs/method.md §5). */
export interface ActivationOptions {
  /** s: tokens per sequence. */
  seqLen: number;
  /** b: sequences per micro-batch. */
  batch: number;
  /** p: bytes per activation element (2 for bf16/fp16, 4 for fp32). */
  bytesPerElement: number;
  attention: AttentionKind;
  dropout: boolean;
  /** t: tensor-parallel size. */
  tensorParallel: number;
  sequenceParallel: boolean;
}

/** One layer's kept activations by term, in bytes, for one micro-batch. */
export interface LayerActivationBytes {
  norms: number;
  attention: number;
  attentionCore: number;
  mlp: number;
  total: number;
}

/** MLPs one token passes through: 1 in a dense layer; the k routed plus the shared experts in an MoE layer. */
export function mlpsPerToken(m: ModelSpec, isMoeLayer: boolean): number {
  return isMoeLayer ? m.expertsPerToken + m.sharedExperts : 1;
}

/** Summed intermediate width of those MLPs: f dense; k·f_expert + shared·f_shared for MoE. */
export function activeMlpWidth(m: ModelSpec, isMoeLayer: boolean): number {
  if (!isMoeLayer) return m.intermediate;
  return m.expertsPerToken * m.expertIntermediate + m.sharedExperts * m.sharedExpertIntermediate;
}

/**
 * One transformer layer's activations kept for the backward pass (Korthikanti et al. 2022 §4,
 * generalised in docs/method.md §5), in bytes:
 * norms 2·p·sbh; attention p·sbh·(3 + 2r) (+ sbh dropout mask); eager core p·a·s²·b softmax
 * (+ a·s²·b mask and p·a·s²·b output with dropout), fused core 4·a·s·b; MLP plain p·sb(h + 2f),
 * gated p·sb(h + 3f) (+ sbh mask), times the k experts a token visits in an MoE layer. Under tensor parallelism the norms, the attention and MLP
 * inputs and the masks stay whole unless sequence parallelism splits them too.
 * Check: GPT-3 (s 2048, b 1, p 2, eager, dropout) keeps 2,868,903,936 bytes = sbh·(34 + 5as/h).
 */
export function layerActivationBytes(
  m: ModelSpec,
  o: ActivationOptions,
  isMoeLayer = false,
): LayerActivationBytes {
  const { seqLen: s, batch: b, bytesPerElement: p, tensorParallel: t } = o;
  const h = m.hidden;
  const a = m.heads;
  const sbh = s * b * h;
  const r = m.kvHeads / m.heads;
  // Q, K and V are a·d and kv·d wide, which equals h only when d = h/a.
  const qWidth = (m.heads * m.headDim) / h;
  const mask = o.dropout ? sbh : 0;
  const whole = o.sequenceParallel ? t : 1;

  const norms = (2 * p * sbh) / whole;

  const attentionInput = p * sbh;
  const attentionSplit = p * sbh * (2 * qWidth + 2 * r * qWidth);
  const attention = (attentionInput + mask) / whole + attentionSplit / t;

  const attentionCore =
    o.attention === 'eager'
      ? (p * a * s * s * b + (o.dropout ? a * s * s * b + p * a * s * s * b : 0)) / t
      : (4 * a * s * b) / t;

  const gatedFactor = m.mlp === 'gated' ? 3 : 2;
  const width = activeMlpWidth(m, isMoeLayer);
  const visits = mlpsPerToken(m, isMoeLayer);
  const mlpInput = visits * p * sbh;
  const mlpSplit = p * s * b * gatedFactor * width;
  const mlp = (mlpInput + visits * mask) / whole + mlpSplit / t;

  return { norms, attention, attentionCore, mlp, total: norms + attention + attentionCore + mlp };
}

/** A layer's input, all that full recomputation keeps: p·sbh (divided by t with sequence parallelism). */
export function layerInputBytes(m: ModelSpec, o: ActivationOptions): number {
  return (
    (o.bytesPerElement * o.seqLen * o.batch * m.hidden) /
    (o.sequenceParallel ? o.tensorParallel : 1)
  );
}

/** Output logits kept for the loss, in fp32: 4·s·b·V bytes, split by t (docs/method.md §5). */
export function logitsBytes(
  vocab: number,
  seqLen: number,
  batch: number,
  tensorParallel: number,
): number {
  return (4 * seqLen * batch * vocab) / tensorParallel;
}

/**
 * Activations of `layersHeld` layers under a recompute policy (docs/method.md §5):
 * none keeps every term; selective drops the s² attention core; full keeps each layer's input
 * plus one layer's full working set while it is recomputed.
 */
export function recomputedActivationBytes(
  layer: LayerActivationBytes,
  inputBytes: number,
  layersHeld: number,
  recompute: Recompute,
): number {
  switch (recompute) {
    case 'none':
      return layersHeld * layer.total;
    case 'selective':
      return layersHeld * (layer.total - layer.attentionCore);
    case 'full':
      return layersHeld * inputBytes + layer.total;
  }
}
