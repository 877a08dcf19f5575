import type { ModelSpec } from './model';
import { embeddingWidth, moeLayerCount } from './parameters';

export const LORA_TARGETS = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'] as const;
export type LoraTarget = (typeof LORA_TARGETS)[number];

/** A group of identical linear weights in the blocks: `count` matrices of `inputs` × `outputs`. */
export interface LinearShape {
  target: LoraTarget;
  inputs: number;
  outputs: number;
  count: number;
}

/**
 * Every block linear of the model, grouped by projection: attention Q, K, V, O in each layer;
 * MLP gate (gated only), up and down in each dense layer and in every routed and shared expert.
 */
export function blockLinearShapes(m: ModelSpec): LinearShape[] {
  const h = m.hidden;
  const q = m.heads * m.headDim;
  const kv = m.kvHeads * m.headDim;
  const moeLayers = moeLayerCount(m);
  const denseLayers = m.layers - moeLayers;
  const shapes: LinearShape[] = [
    { target: 'q', inputs: h, outputs: q, count: m.layers },
    { target: 'k', inputs: h, outputs: kv, count: m.layers },
    { target: 'v', inputs: h, outputs: kv, count: m.layers },
    { target: 'o', inputs: q, outputs: h, count: m.layers },
  ];
  const mlps: { width: number; count: number }[] = [
    { width: m.intermediate, count: denseLayers },
    { width: m.expertIntermediate, count: moeLayers * m.experts },
    { width: m.sharedExpertIntermediate, count: moeLayers * m.sharedExperts },
  ];
  for (const { width, count } of mlps) {
    if (count === 0 || width === 0) continue;
    if (m.mlp === 'gated') shapes.push({ target: 'gate', inputs: h, outputs: width, count });
    shapes.push({ target: 'up', inputs: h, outputs: width, count });
    shapes.push({ target: 'down', inputs: width, outputs: h, count });
  }
  return shapes;
}

/** LoRA adapter parameters (Hu et al. 2021): r·(in + out) for each adapted matrix (A is r×in, B is out×r). */
export function loraParamCount(m: ModelSpec, rank: number, targets: readonly LoraTarget[]): number {
  let total = 0;
  for (const shape of blockLinearShapes(m)) {
    if (targets.includes(shape.target))
      total += shape.count * rank * (shape.inputs + shape.outputs);
  }
  return total;
}

/** Summed rows + columns over every weight matrix of the model, for Adafactor's factored state. */
export function sumOfRowsAndCols(m: ModelSpec): number {
  let sum = 0;
  for (const shape of blockLinearShapes(m)) sum += shape.count * (shape.inputs + shape.outputs);
  const width = embeddingWidth(m);
  sum += m.vocab + width; // token embeddings
  if (!m.tiedEmbeddings) sum += m.vocab + width;
  if (width !== m.hidden) sum += 2 * (width + m.hidden); // OPT's project_in and project_out
  if (m.positions === 'learned') sum += m.maxPositions + m.positionOffset + m.hidden;
  if (m.experts > 1)
    sum += moeLayerCount(m) * (m.hidden + m.experts + (m.sharedExpertGate ? m.hidden + 1 : 0));
  return sum;
}

/** Summed rows + columns over the LoRA adapters' A and B matrices: (r + in) + (out + r) each. */
export function loraSumOfRowsAndCols(
  m: ModelSpec,
  rank: number,
  targets: readonly LoraTarget[],
): number {
  let sum = 0;
  for (const shape of blockLinearShapes(m)) {
    if (targets.includes(shape.target))
      sum += shape.count * (2 * rank + shape.inputs + shape.outputs);
  }
  return sum;
}
