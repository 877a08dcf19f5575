import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCalculatorStore } from '../state/calculator-store';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { SamplingStoreProvider } from '../state/react/sampling-context';
import { createSamplingStore } from '../state/sampling-store';
import { startUrlSync } from '../state/url/sync-url';
import { decodeUrl } from '../state/url/url-codec';
import { urlNoticeStore } from '../state/url/url-notice-store';
import { App } from './app';

/**
 * Starts the page in `root`: the link is the starting point, whatever in it could not be used is
 * named by the notice, and the address follows every later choice.
 */
export function startPage(root: HTMLElement, location: Location = window.location): void {
  const link = decodeUrl(location.search);
  const store = createCalculatorStore({
    scenario: link.scenario,
    unit: link.unit,
    hubSource: link.hubSource ?? null,
    pinned: link.pinned ?? null,
    prices: link.prices ?? {},
    ...(link.fits ? { fits: link.fits } : {}),
  });
  const samplingStore = createSamplingStore(link.sampling);
  urlNoticeStore.getState().show(link.issues);
  startUrlSync(store, window, {
    onIssues: (issues) => urlNoticeStore.getState().show(issues),
    sampling: samplingStore,
  });

  // A transition: React draws the first view in slices of a few milliseconds and gives the main
  // thread back between them, instead of one task that freezes the page until everything is drawn.
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <CalculatorStoreProvider store={store}>
          {/* The explorer and Copy link find the link's sampling store here. */}
          <SamplingStoreProvider store={samplingStore}>
            <App />
          </SamplingStoreProvider>
        </CalculatorStoreProvider>
      </StrictMode>,
    ),
  );
}
