import type { CalculatorStore } from '../calculator-store';
import { decodeUrl, encodeUrl } from './url-codec';
import type { UrlIssue } from './url-schema';

export interface UrlSyncOptions {
  /** Shortest time between two address-bar writes, in milliseconds. */
  throttleMs?: number;
  /** Told about the problems of a link reached with back/forward. */
  onIssues?: (issues: readonly UrlIssue[]) => void;
}

/**
 * Keeps the address bar a copy of the store's choices. Writes replace the current history entry
 * (a slider drag must not fill the back button) and wait for the throttle window, so a burst of
 * changes costs one write, with the last state always written. Back and forward read the URL
 * back into the store. Returns a function that stops syncing, writing any pending change first.
 */
export function startUrlSync(
  store: CalculatorStore,
  win: Window = window,
  { throttleMs = 250, onIssues }: UrlSyncOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    timer = undefined;
    const { scenario, unit, hubSource } = store.getState();
    const search = `?${encodeUrl({ scenario, unit, hubSource })}`;
    if (search === win.location.search) return;
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${search}${win.location.hash}`,
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.scenario === previous.scenario &&
      state.unit === previous.unit &&
      state.hubSource === previous.hubSource
    )
      return;
    timer ??= setTimeout(write, throttleMs);
  });

  const onPopState = () => {
    const link = decodeUrl(win.location.search);
    const { replaceScenario, setHubSource, setUnit } = store.getState();
    replaceScenario(link.scenario);
    setHubSource(link.hubSource ?? null);
    setUnit(link.unit);
    onIssues?.(link.issues);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
}
