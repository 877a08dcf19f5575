import { createContext, useContext } from 'react';
import type { FetchHubConfigOptions } from '../../hub/fetch-hub-config';

export type HubFetchDeps = Pick<FetchHubConfigOptions, 'fetchImpl' | 'timeoutMs'>;

const BROWSER_FETCH: HubFetchDeps = {};

/** How the import reaches the Hub: the browser's fetch on the page, a fake in tests (never the network). */
export const HubFetchContext = createContext<HubFetchDeps>(BROWSER_FETCH);

export const useHubFetchDeps = (): HubFetchDeps => useContext(HubFetchContext);
