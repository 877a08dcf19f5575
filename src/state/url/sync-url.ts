import type { CalculatorStore } from '../calculator-store';
import { pickSamplingChoices, samplingChoicesChanged, type SamplingStore } from '../sampling-store';
import { freshFitsChoices } from '../fits-choices';
import { decodeUrl, encodeUrl } from './url-codec';
import type { UrlIssue } from './url-schema';

export interface UrlSyncOptions {
  /** Shortest time between two address-bar writes, in milliseconds. */
  throttleMs?: number;
  /** Told about the problems of a link reached with back/forward. */
  onIssues?: (issues: readonly UrlIssue[]) => void;
  /** The sampling explorer's store, whose choices the link carries too. */
  sampling?: SamplingStore;
}

/**
 * Keeps the address bar a copy of the stores' choices. Writes replace the current history entry
 * (a slider drag must not fill the back button) and wait for the throttle window, so a burst of
 * changes costs one write, with the last state always written. A write also waits for an idle
 * moment where the browser offers one: replaceState takes milliseconds, and between a slider step
 * and the frame that paints it they would be felt. Back and forward read the URL back into the
 * stores. Returns a function that stops syncing, writing any pending change first.
 */
export function startUrlSync(
  store: CalculatorStore,
  win: Window = window,
  { throttleMs = 250, onIssues, sampling }: UrlSyncOptions = {},
): () => void {
  let isPending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;

  const write = () => {
    isPending = false;
    timer = undefined;
    idle = undefined;
    const { scenario, unit, hubSource, pinned, prices, fits } = store.getState();
    const choices = sampling && pickSamplingChoices(sampling.getState());
    const link = { scenario, unit, hubSource, pinned, prices, fits, sampling: choices };
    const search = `?${encodeUrl(link)}`;
    if (search === win.location.search) return;
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${search}${win.location.hash}`,
    );
  };
  const schedule = () => {
    if (isPending) return;
    isPending = true;
    timer = setTimeout(() => {
      timer = undefined;
      if (typeof win.requestIdleCallback === 'function')
        idle = win.requestIdleCallback(write, { timeout: throttleMs });
      else write();
    }, throttleMs);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.scenario === previous.scenario &&
      state.unit === previous.unit &&
      state.hubSource === previous.hubSource &&
      state.pinned === previous.pinned &&
      state.prices === previous.prices &&
      state.fits === previous.fits
    )
      return;
    schedule();
  });
  const unsubscribeSampling = sampling?.subscribe((state, previous) => {
    if (samplingChoicesChanged(state, previous)) schedule();
  });

  const onPopState = () => {
    const link = decodeUrl(win.location.search);
    const { replaceScenario, setHubSource, setUnit, setPinned } = store.getState();
    replaceScenario(link.scenario);
    setHubSource(link.hubSource ?? null);
    setUnit(link.unit);
    setPinned(link.pinned ?? null);
    store.getState().setPrices(link.prices ?? {});
    store.getState().setFits(link.fits ?? freshFitsChoices());
    sampling?.getState().replaceChoices(link.sampling);
    onIssues?.(link.issues);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    unsubscribeSampling?.();
    win.removeEventListener('popstate', onPopState);
    if (isPending) {
      clearTimeout(timer);
      if (idle !== undefined) win.cancelIdleCallback(idle);
      write();
    }
  };
}
