import { bench, describe } from 'vitest';
import { freshScenario } from '../scenario';
import { computeCell } from './what-fits';
import { fitsGpus, fitsModels, sweepCells, whatFits } from './what-fits-sweep';

/**
 * The "What can I run on this?" sweep: every model preset in every format at every request length,
 * and each fine-tuning method, on one GPU and on three. The page runs it in a Web Worker, so its
 * length is what the user waits for, never a frozen page; the slowest single cell is what a
 * fallback without workers would block the main thread for.
 */
const base = freshScenario();

describe('the what-fits sweep', () => {
  bench('one GPU (H100 80GB)', () => {
    whatFits(base, ['h100-80gb']);
  });
  bench('three GPUs (RTX 4090, A100 80GB, H100 80GB)', () => {
    whatFits(base, ['rtx-4090', 'a100-80gb', 'h100-80gb']);
  });
});

describe('the slowest cells', () => {
  const cells = sweepCells(fitsGpus(['h100-80gb'], base.gpu), fitsModels(base.model));
  const grok = cells.find(
    (cell) => cell.kind === 'finetune' && cell.model.key === 'grok-1' && cell.method === 'full',
  )!;
  bench('Grok-1 full fine-tuning on H100 (the plan search over every framework)', () => {
    computeCell(base, grok);
  });
});
