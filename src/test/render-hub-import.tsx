import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { CalculatorStoreProvider } from '../state/react/calculator-context';
import { freshScenario, type Scenario } from '../domain/scenario';
import { createCalculatorStore } from '../state/calculator-store';
import type { HubSource } from '../state/hub-source';
import { ModelPicker } from '../ui/inputs/model-picker';
import { HubFetchContext } from '../ui/hub-import/hub-fetch-context';
import { HubImportPanel } from '../ui/hub-import/hub-import-panel';

type FetchImpl = typeof fetch;

/** A fake Hub that answers every request with this body and status (test helper). */
export const hubAnswers = (body: string, status = 200, headers: Record<string, string> = {}) =>
  vi.fn<FetchImpl>(async () => new Response(body, { status, headers }));

/** A fake Hub that never answers; the request ends only when its signal aborts (test helper). */
export const hubHangs = () =>
  vi.fn<FetchImpl>(
    (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );

interface Options {
  fetchImpl?: FetchImpl;
  timeoutMs?: number;
  scenario?: Partial<Scenario>;
  hubSource?: HubSource | null;
  /** For fake timers: how userEvent advances them while it waits between keystrokes. */
  advanceTimers?: (ms: number) => unknown;
}

/**
 * The model picker (whose custom-model editor the assumptions point into) and the import panel,
 * over a fresh store and a fresh QueryClient, with the Hub replaced by `fetchImpl` (test helper).
 */
export function renderHubImport({
  fetchImpl = hubHangs(),
  timeoutMs,
  scenario = {},
  hubSource = null,
  advanceTimers,
}: Options = {}) {
  const store = createCalculatorStore({
    scenario: freshScenario(scenario),
    hubSource,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup(advanceTimers ? { advanceTimers } : {});
  const view = render(
    <CalculatorStoreProvider store={store}>
      <QueryClientProvider client={client}>
        <HubFetchContext.Provider value={{ fetchImpl, timeoutMs }}>
          <ModelPicker />
          <HubImportPanel />
        </HubFetchContext.Provider>
      </QueryClientProvider>
    </CalculatorStoreProvider>,
  );
  return { ...view, store, client, user, fetchImpl };
}
