import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate';
import { sumOfRowsAndCols } from '../linear-shapes';
import { findModelPreset } from '../presets/models';
import { freshScenario } from '../scenario';

describe('Adafactor keeps a full second moment for 1-D tensors (transformers optimization.py)', () => {
  // `factored = len(param_shape) >= 2`; otherwise `state["exp_avg_sq"] = torch.zeros_like(grad)`.
  it('Llama-2-7B: rows + columns of every matrix, and every element of the norms, in fp32', () => {
    const llama = findModelPreset('llama-2-7b')!.model;
    const perLayer = 4 * (4096 + 4096) + 2 * (4096 + 11008) + (11008 + 4096);
    const embeddingAndHead = 2 * (4096 + 32000);
    const norms = 2 * 4096 * 32 + 4096;
    expect(sumOfRowsAndCols(llama)).toBe(32 * perLayer + embeddingAndHead + norms);
    const e = estimate(freshScenario({ optimizer: 'adafactor' }));
    expect(e.states.factoredBytes).toBe(4 * (32 * perLayer + embeddingAndHead + norms));
  });
});
