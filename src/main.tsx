import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StoreProvider } from './app/store-context';
import { createCalculatorStore } from './state/calculator-store';
import { startUrlSync } from './state/url/sync-url';
import { decodeUrl } from './state/url/url-codec';
import { urlNoticeStore } from './state/url/url-notice-store';
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
urlNoticeStore.getState().show(link.issues);
startUrlSync(store, window, { onIssues: (issues) => urlNoticeStore.getState().show(issues) });

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
