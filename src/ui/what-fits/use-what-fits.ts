import { useEffect, useState } from 'react';
import type { Scenario } from '../../domain/scenario';
import { splitFits, type WhatFits } from '../../domain/what-fits/what-fits-sweep';
import { sweepKey, type FinetuneFit, type InferenceFit } from '../../domain/what-fits/what-fits';
import { runSweep, type SweepProgress, type SweepRequest } from './sweep-runner';

/** The sweep for one request: its cells so far, and how far it has come. */
export interface WhatFitsState {
  request: SweepRequest;
  fits: WhatFits;
  done: number;
  total: number;
}

/** Where the browser has no workers (jsdom), slices of 8 ms on the main thread, one per task. */
const MAIN_THREAD_SLICE_MS = 8;

/** Sweeps in a Web Worker where there is one, otherwise in small main-thread slices. Returns a stop function. */
function startSweep(request: SweepRequest, report: (progress: SweepProgress) => void): () => void {
  if (typeof Worker === 'undefined') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = runSweep(
      request,
      report,
      (slice) => {
        timer = setTimeout(slice);
      },
      MAIN_THREAD_SLICE_MS,
    );
    return () => {
      stop();
      clearTimeout(timer);
    };
  }
  const worker = new Worker(new URL('./fits.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<SweepProgress>) => report(event.data));
  worker.postMessage(request);
  return () => worker.terminate();
}

const EMPTY: WhatFits = { inference: [], finetune: [] };

/**
 * The what-fits sweep of `base` on `gpus`, started when `active` first turns true and again for
 * each new scenario or GPU list; a new request drops the old one's rows at once, so no row of an
 * earlier scenario is ever shown beside the new one's. Null until it is started.
 */
export function useWhatFits(
  base: Scenario,
  gpus: readonly string[],
  active: boolean,
): WhatFitsState | null {
  const [state, setState] = useState<WhatFitsState | null>(null);
  // The same GPUs in a new array (a link read again, a choice put back) are the same sweep.
  const gpuList = gpus.join(',');
  useEffect(() => {
    if (!active) return;
    const request = { base, gpus: gpuList.split(',') };
    let computed: (InferenceFit | FinetuneFit)[] = [];
    return startSweep(request, ({ fits, done, total }) => {
      computed = [...computed, ...fits];
      setState({ request, fits: splitFits(computed), done, total });
    });
  }, [base, gpuList, active]);
  if (state !== null && state.request.base === base && state.request.gpus.join(',') === gpuList)
    return state;
  return active ? { request: { base, gpus }, fits: EMPTY, done: 0, total: 0 } : null;
}

/**
 * The scenario a sweep starts from: the same object for as long as the fields a sweep depends on
 * stay the same (sweepKey), so a change to the batch or the mode does not sweep again.
 */
export function useSweepBase(scenario: Scenario): Scenario {
  const key = sweepKey(scenario);
  const [kept, setKept] = useState({ key, scenario });
  if (kept.key !== key) {
    setKept({ key, scenario });
    return scenario;
  }
  return kept.scenario;
}
