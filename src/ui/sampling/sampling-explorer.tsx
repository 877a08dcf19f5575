import type { SamplingStore } from '../../state/sampling-store';
import { SamplingPanel } from './sampling-panel';
import { SamplingStoreProvider } from '../../state/react/sampling-context';

/**
 * The whole sampling explorer: temperature, top-k and top-p over a next-token distribution, seen step by
 * step. Uses the store passed in, else an outer SamplingStoreProvider's, else its own.
 */
export function SamplingExplorer({ store }: { store?: SamplingStore | undefined }) {
  return (
    <SamplingStoreProvider store={store}>
      <SamplingPanel />
    </SamplingStoreProvider>
  );
}
