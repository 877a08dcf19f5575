import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { fixtureText } from './fixtures/fixture-text';
import {
  hubConfigQueryOptions,
  hubConfigStaleTime,
  shouldRetryHubConfig,
} from './hub-config-query';
import { HubError, type HubErrorDetail } from './hub-errors';

const SHA = '0e9e39f249a16976918f6564b8830bc894c89659';
const error = (detail: HubErrorDetail) => new HubError(detail);

describe('hubConfigQueryOptions', () => {
  it('keys the query by id and revision', () => {
    expect(hubConfigQueryOptions('Qwen/Qwen3-8B', SHA).queryKey).toEqual([
      'hub',
      'config',
      'Qwen/Qwen3-8B',
      SHA,
    ]);
    expect(hubConfigQueryOptions('Qwen/Qwen3-8B').queryKey).toEqual([
      'hub',
      'config',
      'Qwen/Qwen3-8B',
      'main',
    ]);
  });

  it('never goes stale at a commit, and stays fresh for an hour on a branch or tag', () => {
    expect(hubConfigStaleTime(SHA)).toBe(Infinity);
    expect(hubConfigStaleTime('main')).toBe(60 * 60 * 1000);
    expect(hubConfigQueryOptions('gpt2', SHA).staleTime).toBe(Infinity);
  });
});

describe('shouldRetryHubConfig', () => {
  it.each([
    ['a timeout', error({ kind: 'timeout', seconds: 15 })],
    ['a network error while online', error({ kind: 'network', offline: false })],
    ['a 502', error({ kind: 'http', status: 502 })],
  ])('retries %s, at most twice', (_name, failure) => {
    expect(shouldRetryHubConfig(0, failure)).toBe(true);
    expect(shouldRetryHubConfig(1, failure)).toBe(true);
    expect(shouldRetryHubConfig(2, failure)).toBe(false);
  });

  it.each([
    ['a 404', error({ kind: 'not-found', repoId: 'a/b', revision: 'main', missing: 'repo' })],
    ['a 401', error({ kind: 'gated-or-private', repoId: 'a/b', status: 401 })],
    ['a 429', error({ kind: 'http', status: 429 })],
    ['an invalid id', error({ kind: 'invalid-id', reason: 'x' })],
    ['being offline', error({ kind: 'network', offline: true })],
    ['bad JSON', error({ kind: 'not-json', reason: 'x' })],
    ['a config that is not one', error({ kind: 'not-a-transformer-config', reason: 'x' })],
    ['an unsupported architecture', error({ kind: 'unsupported-architecture', reason: 'x' })],
    ['impossible numbers', error({ kind: 'impossible-numbers', issues: [] })],
    ['a cancelled request', new DOMException('aborted', 'AbortError')],
  ])('never retries %s', (_name, failure) => {
    expect(shouldRetryHubConfig(0, failure)).toBe(false);
  });
});

describe('the query in a QueryClient', () => {
  const client = () => new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });

  it('resolves to the mapped model', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response(fixtureText('google_gemma-7b')));
    const data = await client().fetchQuery(
      hubConfigQueryOptions('google/gemma-7b', 'main', { fetchImpl }),
    );
    expect(data.family).toBe('Gemma');
    expect(data.model.name).toBe('google/gemma-7b');
  });

  it('asks once for a 404 and three times for a 500', async () => {
    for (const [status, calls] of [
      [404, 1],
      [500, 3],
    ] as const) {
      const fetchImpl = vi.fn<typeof fetch>(async () => new Response('', { status }));
      const options = {
        ...hubConfigQueryOptions('google/gemma-7b', 'main', { fetchImpl }),
        retryDelay: 0,
      };
      await expect(client().fetchQuery(options)).rejects.toBeInstanceOf(HubError);
      expect(fetchImpl).toHaveBeenCalledTimes(calls);
    }
  });

  it('aborts the request when the query is cancelled', async () => {
    const queryClient = client();
    let seen: AbortSignal | undefined;
    const fetchImpl = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          seen = init?.signal ?? undefined;
          seen?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const options = hubConfigQueryOptions('google/gemma-7b', 'main', { fetchImpl });
    const pending = queryClient.fetchQuery(options).catch(() => undefined);
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalled());
    await queryClient.cancelQueries({ queryKey: options.queryKey });
    await pending;
    expect(seen?.aborted).toBe(true);
  });
});
