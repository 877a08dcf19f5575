import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UrlIssue } from './url-schema';

/** The problems of the link the page was opened with (or navigated back to), until the user dismisses them. */
export interface UrlNoticeState {
  issues: readonly UrlIssue[];
  show: (issues: readonly UrlIssue[]) => void;
  dismiss: () => void;
}

export type UrlNoticeStore = StoreApi<UrlNoticeState>;

export function createUrlNoticeStore(): UrlNoticeStore {
  return createStore<UrlNoticeState>()((set) => ({
    issues: [],
    show: (issues) => set({ issues }),
    dismiss: () => set({ issues: [] }),
  }));
}

/** The page's one notice store; tests pass their own to UrlNotice. */
export const urlNoticeStore: UrlNoticeStore = createUrlNoticeStore();
