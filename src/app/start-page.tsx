import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from '../state/url/sync-url';
import { decodeUrl } from '../state/url/url-codec';
import { urlNoticeStore } from '../state/url/url-notice-store';
import { createPage } from './page';

/**
 * Starts the page in `root`: the link is the starting point, whatever in it could not be used is
 * named by the notice, and the address follows every later choice.
 */
export function startPage(root: HTMLElement, location: Location = window.location): void {
  const link = decodeUrl(location.search);
  const { store, samplingStore, element } = createPage(link);
  urlNoticeStore.getState().show(link.issues);
  startUrlSync(store, window, {
    onIssues: (issues) => urlNoticeStore.getState().show(issues),
    sampling: samplingStore,
  });

  // A transition: React draws the first view in slices of a few milliseconds and gives the main
  // thread back between them, instead of one task that freezes the page until everything is drawn.
  // Its first commit replaces the first paint that the build wrote into #root.
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(element));
}
