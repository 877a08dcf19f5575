import type { ModelSpec } from './model';
import { modelTensors } from './tensors';

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
 * Every block linear of the model that LoRA can adapt, grouped by projection: attention Q, K, V
 * and O (MLA's compressed projections answer to q, k and v), and MLP gate, up and down in each
 * dense layer and in every routed and shared expert.
 */
export function blockLinearShapes(m: ModelSpec): LinearShape[] {
  return modelTensors(m).flatMap((g) =>
    g.loraTarget === null
      ? []
      : [
          {
            target: g.loraTarget,
            inputs: g.inputs,
            outputs: g.outputs,
            count: g.perLayer * g.layers,
          },
        ],
  );
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

/**
 * Summed rows + columns over every tensor of two or more dimensions (Adafactor's factored state),
 * and the size of every vector, which Adafactor keeps a full second moment for.
 */
export function sumOfRowsAndCols(m: ModelSpec): number {
  let total = 0;
  for (const g of modelTensors(m)) {
    const count = g.perLayer * g.layers;
    total += g.inputs > 1 ? count * (g.inputs + g.outputs) : count * g.outputs;
  }
  return total;
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
