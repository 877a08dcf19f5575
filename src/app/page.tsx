import { StrictMode, type ReactElement } from 'react';
import { createCalculatorStore, type CalculatorStore } from '../state/calculator-store';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { SamplingStoreProvider } from '../state/react/sampling-context';
import { createSamplingStore, type SamplingStore } from '../state/sampling-store';
import type { DecodedLink } from '../state/url/url-codec';
import { App } from './app';

/** A page for one link: its two stores, and the element tree that draws it. */
export interface Page {
  store: CalculatorStore;
  samplingStore: SamplingStore;
  element: ReactElement;
}

/**
 * The page a link opens, made the same way for the live page and for the first paint that the
 * build writes into index.html, so the two draw the same first view.
 */
export function createPage(link: DecodedLink): Page {
  const store = createCalculatorStore({
    scenario: link.scenario,
    unit: link.unit,
    hubSource: link.hubSource ?? null,
    pinned: link.pinned ?? null,
    prices: link.prices ?? {},
    ...(link.fits ? { fits: link.fits } : {}),
  });
  const samplingStore = createSamplingStore(link.sampling);
  const element = (
    <StrictMode>
      <CalculatorStoreProvider store={store}>
        {/* The explorer and Copy link find the link's sampling store here. */}
        <SamplingStoreProvider store={samplingStore}>
          <App />
        </SamplingStoreProvider>
      </CalculatorStoreProvider>
    </StrictMode>
  );
  return { store, samplingStore, element };
}
