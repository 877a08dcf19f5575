import { QueryClient } from '@tanstack/react-query';

/**
 * The page's query defaults. Its only remote data is a config.json at a revision, which does not
 * change while the page is open, so returning to the tab never refetches; each query sets its own
 * retries and stale time (hubConfigQueryOptions).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

let pageClient: QueryClient | undefined;

/**
 * The page's one client, made when the Hub import's lazily loaded code first asks for it, so the
 * query library stays out of the initial bundle (docs/performance.md).
 */
export const pageQueryClient = (): QueryClient => (pageClient ??= createQueryClient());
