import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useCalculator, useCalculatorStoreApi } from '../../state/react/calculator-context';
import { hubConfigQueryKey, hubConfigQueryOptions } from '../../hub/hub-config-query';
import type { HubReference } from '../../hub/hub-id';
import type { HubModelImport } from '../../hub/to-model-spec';
import { isHubSourcePending, type HubSource } from '../../state/hub-source';
import { applyImport, type ImportFrom } from './apply-import';
import { useHubFetchDeps } from './hub-fetch-context';

/** form: typed in the box; link: a shared link's hf= still to load; shown: the import in use, read from the cache. */
export type HubTargetOrigin = 'form' | 'link' | 'shown';

export interface HubTarget extends HubReference {
  origin: HubTargetOrigin;
}

export type HubImportStatus = 'idle' | 'loading' | 'error' | 'success';

function targetOf(request: HubReference | null, source: HubSource | null): HubTarget | null {
  if (request) return { ...request, origin: 'form' };
  if (!source) return null;
  const { repoId, revision } = source;
  return { repoId, revision, origin: source.imported === null ? 'link' : 'shown' };
}

/**
 * The Hub side of the import: what the box asked for (or the link names), its query, and the step
 * that makes a fetched config the scenario's model, once per request. A request typed past is
 * cancelled; a failed one leaves the store untouched.
 */
export function useHubImport() {
  const store = useCalculatorStoreApi();
  const queryClient = useQueryClient();
  const deps = useHubFetchDeps();
  const source = useCalculator((state) => state.hubSource ?? null);
  const [request, setRequest] = useState<HubReference | null>(null);
  const target = targetOf(request, source);
  const isActive = target !== null && target.origin !== 'shown';
  const query = useQuery({
    ...hubConfigQueryOptions(target?.repoId ?? '', target?.revision, deps),
    enabled: isActive,
  });

  // Each submit, and each link waiting for its import, is applied once, whenever its data arrives.
  const pending = isHubSourcePending(source) ? source : null;
  const trigger: HubReference | null = request ?? pending;
  const applied = useRef<HubReference | null>(null);
  const { data } = query;
  useEffect(() => {
    if (!trigger || !data || applied.current === trigger) return;
    applied.current = trigger;
    const from: ImportFrom =
      pending && trigger === pending
        ? { kind: 'link', reference: pending, edits: pending.edits }
        : { kind: 'hub', reference: trigger };
    applyImport(store, data, from);
  }, [store, trigger, pending, data]);

  const isCurrent = (imported: HubModelImport) => source?.imported === imported.model;
  const status: HubImportStatus =
    isActive && query.isFetching && !data
      ? 'loading'
      : isActive && query.isError
        ? 'error'
        : data && isCurrent(data)
          ? 'success'
          : 'idle';

  return {
    target,
    status,
    error: query.error,
    /** 1 for the first request, then 2 and 3 while the query retries a timeout or a 5xx. */
    attempt: query.failureCount + 1,
    imported: status === 'success' ? data : undefined,
    submit: (reference: HubReference) => {
      const same = request?.repoId === reference.repoId && request.revision === reference.revision;
      if (same && query.isError) void query.refetch();
      setRequest({ ...reference });
    },
    /** The user typed on: the request in flight is cancelled and its answer ignored. */
    cancel: () => {
      if (!request) return;
      void queryClient.cancelQueries({
        queryKey: hubConfigQueryKey(request.repoId, request.revision),
      });
      setRequest(null);
    },
    retry: () => void query.refetch(),
  };
}
