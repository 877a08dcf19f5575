import { queryOptions } from '@tanstack/react-query';
import { fetchHubConfig, type FetchHubConfigOptions } from './fetch-hub-config';
import { isHubError } from './hub-errors';
import { DEFAULT_REVISION, isCommitSha } from './hub-id';

const HOUR_MS = 60 * 60 * 1000;
const MAX_RETRIES = 2;

export const hubConfigQueryKey = (repoId: string, revision: string) =>
  ['hub', 'config', repoId, revision] as const;

/**
 * A config at a commit never changes; a branch or tag can move, but rarely while a page is
 * open, so an hour is long enough to never refetch while the user works.
 */
export const hubConfigStaleTime = (revision: string): number =>
  isCommitSha(revision) ? Infinity : HOUR_MS;

/**
 * Retry only what may pass a second time: a timeout, a network error while online, a 5xx. Never a
 * 4xx, an invalid id, bad JSON, an unsupported or impossible config, or a cancelled request.
 */
export function shouldRetryHubConfig(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isHubError(error)) return false;
  const detail = error.detail;
  switch (detail.kind) {
    case 'timeout':
      return true;
    case 'network':
      return !detail.offline;
    case 'http':
      return detail.status >= 500;
    default:
      return false;
  }
}

export const hubConfigRetryDelay = (attempt: number): number => Math.min(1000 * 2 ** attempt, 8000);

/**
 * The one query for a model's config.json at a revision: the mapped model (HubModelImport) lives
 * in the query cache, keyed by id and revision. The query function receives TanStack's signal, so
 * a query the user has typed past is cancelled. networkMode "always" lets the fetch itself report
 * "offline" instead of the query pausing silently.
 */
export function hubConfigQueryOptions(
  repoId: string,
  revision: string = DEFAULT_REVISION,
  deps: Pick<FetchHubConfigOptions, 'fetchImpl' | 'timeoutMs'> = {},
) {
  return queryOptions({
    queryKey: hubConfigQueryKey(repoId, revision),
    queryFn: ({ signal }) => fetchHubConfig({ repoId, revision }, { ...deps, signal }),
    staleTime: hubConfigStaleTime(revision),
    gcTime: HOUR_MS,
    retry: shouldRetryHubConfig,
    retryDelay: hubConfigRetryDelay,
    networkMode: 'always',
  });
}
