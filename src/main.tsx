import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StoreProvider } from './app/store-context';
import { createCalculatorStore } from './state/calculator-store';
import { createSamplingStore } from './state/sampling-store';
import { startUrlSync } from './state/url/sync-url';
import { decodeUrl } from './state/url/url-codec';
import { urlNoticeStore } from './state/url/url-notice-store';
import { SamplingStoreProvider } from './ui/sampling/sampling-store-context';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The link is the starting point; whatever in it could not be used is named by the notice.
const link = decodeUrl(window.location.search);
const store = createCalculatorStore({
  scenario: link.scenario,
  unit: link.unit,
  hubSource: link.hubSource ?? null,
});
const samplingStore = createSamplingStore(link.sampling);
urlNoticeStore.getState().show(link.issues);
startUrlSync(store, window, {
  onIssues: (issues) => urlNoticeStore.getState().show(issues),
  sampling: samplingStore,
});

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      {/* The explorer and Copy link find the link's sampling store here. */}
      <SamplingStoreProvider store={samplingStore}>
        <App />
      </SamplingStoreProvider>
    </StoreProvider>
  </StrictMode>,
);
