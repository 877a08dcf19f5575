import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createCalculatorStore,
  type CalculatorActions,
  type CalculatorState,
  type CalculatorStore,
} from '../calculator-store';

const StoreContext = createContext<CalculatorStore | null>(null);

export function CalculatorStoreProvider({
  store,
  children,
}: {
  store?: CalculatorStore;
  children: ReactNode;
}) {
  const [value] = useState(() => store ?? createCalculatorStore());
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useCalculatorStoreApi(): CalculatorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useCalculator must be used inside <CalculatorStoreProvider>');
  return store;
}

/** Select a slice of the calculator's state or its actions. */
export function useCalculator<T>(selector: (state: CalculatorState & CalculatorActions) => T): T {
  return useStore(useCalculatorStoreApi(), selector);
}
