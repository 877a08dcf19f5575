import type { MemoryPart } from '../../domain/per-gpu-memory';

/** How each part of a GPU's memory is named in the results tables and the worked formulas. */
export const PART_LABELS: Readonly<Record<MemoryPart, string>> = {
  weights: 'Weights',
  gradients: 'Gradients',
  optimizer: 'Optimizer states',
  activations: 'Activations',
  kvCache: 'KV cache',
  overhead: 'Runtime overhead',
};
