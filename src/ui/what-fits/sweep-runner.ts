import type { Scenario } from '../../domain/scenario';
import { computeCell, type FinetuneFit, type InferenceFit } from '../../domain/what-fits/what-fits';
import { fitsGpus, fitsModels, sweepCells } from '../../domain/what-fits/what-fits-sweep';

/** What the page asks the sweep for: the scenario the cells start from and the GPUs to try. */
export interface SweepRequest {
  base: Scenario;
  gpus: readonly string[];
}

/** A batch of computed cells, in the sweep's order, and how far the sweep has come. */
export interface SweepProgress {
  fits: (InferenceFit | FinetuneFit)[];
  done: number;
  total: number;
}

/**
 * Runs the sweep a slice at a time, each one when `next` calls it: a slice computes cells until
 * `sliceMs` has passed and hands them to `report`. Returns a function that
 * stops it.
 */
export function runSweep(
  { base, gpus }: SweepRequest,
  report: (progress: SweepProgress) => void,
  next: (slice: () => void) => void,
  sliceMs: number,
): () => void {
  const cells = sweepCells(fitsGpus(gpus, base.gpu), fitsModels(base.model));
  let done = 0;
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    const start = performance.now();
    const fits: (InferenceFit | FinetuneFit)[] = [];
    while (done < cells.length && (fits.length === 0 || performance.now() - start < sliceMs))
      fits.push(computeCell(base, cells[done++]!));
    report({ fits, done, total: cells.length });
    if (done < cells.length) next(slice);
  };
  next(slice);
  return () => {
    stopped = true;
  };
}
