import type { MemoryPart } from '../domain/per-gpu-memory';

/**
 * What each part of a GPU's memory is called everywhere on the page: the chart, its legend and
 * table, the results tables, the worked formulas and the exports. "Weights" is the bytes of the
 * parameters; "Parameters" on the page is the count.
 */
export const PART_LABELS: Readonly<Record<MemoryPart, string>> = {
  weights: 'Weights',
  gradients: 'Gradients',
  optimizer: 'Optimizer states',
  activations: 'Activations',
  kvCache: 'KV cache',
  overhead: 'Runtime overhead',
};
