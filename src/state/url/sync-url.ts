import type { CalculatorStore } from '../calculator-store';
import { pickSamplingChoices, samplingChoicesChanged, type SamplingStore } from '../sampling-store';
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
 * changes costs one write, with the last state always written. Back and forward read the URL
 * back into the stores. Returns a function that stops syncing, writing any pending change first.
 */
export function startUrlSync(
  store: CalculatorStore,
  win: Window = window,
  { throttleMs = 250, onIssues, sampling }: UrlSyncOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    timer = undefined;
    const { scenario, unit, hubSource } = store.getState();
    const choices = sampling && pickSamplingChoices(sampling.getState());
    const search = `?${encodeUrl({ scenario, unit, hubSource, sampling: choices })}`;
    if (search === win.location.search) return;
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${search}${win.location.hash}`,
    );
  };
  const schedule = () => {
    timer ??= setTimeout(write, throttleMs);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.scenario === previous.scenario &&
      state.unit === previous.unit &&
      state.hubSource === previous.hubSource
    )
      return;
    schedule();
  });
  const unsubscribeSampling = sampling?.subscribe((state, previous) => {
    if (samplingChoicesChanged(state, previous)) schedule();
  });

  const onPopState = () => {
    const link = decodeUrl(win.location.search);
    const { replaceScenario, setHubSource, setUnit } = store.getState();
    replaceScenario(link.scenario);
    setHubSource(link.hubSource ?? null);
    setUnit(link.unit);
    sampling?.getState().replaceChoices(link.sampling);
    onIssues?.(link.issues);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    unsubscribeSampling?.();
    win.removeEventListener('popstate', onPopState);
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
}
