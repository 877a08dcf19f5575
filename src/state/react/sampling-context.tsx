import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createSamplingStore,
  type SamplingActions,
  type SamplingState,
  type SamplingStore,
} from '../sampling-store';

const SamplingStoreContext = createContext<SamplingStore | null>(null);

/**
 * Gives the sampling explorer its store: the one passed in, else the one an outer provider gives, else a
 * fresh one, so the panel works on its own and inside a page that owns the store (for the share link).
 */
export function SamplingStoreProvider({
  store,
  children,
}: {
  store?: SamplingStore | undefined;
  children: ReactNode;
}) {
  const outer = useContext(SamplingStoreContext);
  const [value] = useState(() => store ?? outer ?? createSamplingStore());
  return <SamplingStoreContext.Provider value={value}>{children}</SamplingStoreContext.Provider>;
}

export function useSamplingStoreApi(): SamplingStore {
  const store = useContext(SamplingStoreContext);
  if (!store) throw new Error('useSampling must be used inside <SamplingStoreProvider>');
  return store;
}

const noSubscription = () => () => {};

/**
 * The sampling explorer's state for a part of the page outside the explorer (Copy link), or
 * undefined where no provider gives a store (a component rendered on its own).
 */
export function useOptionalSamplingState(): SamplingState | undefined {
  const store = useContext(SamplingStoreContext);
  const snapshot = () => store?.getState();
  // The same snapshot on the server: the build draws the first paint with this hook in it.
  return useSyncExternalStore(store?.subscribe ?? noSubscription, snapshot, snapshot);
}

/** Select a slice of the sampling explorer's state or its actions. */
export function useSampling<T>(selector: (state: SamplingState & SamplingActions) => T): T {
  return useStore(useSamplingStoreApi(), selector);
}
