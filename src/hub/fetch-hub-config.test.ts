import { describe, expect, it, vi } from 'vitest';
import { fetchHubConfig, hubConfigUrl, type FetchHubConfigOptions } from './fetch-hub-config';
import { fixtureText } from './fixtures/fixture-text';
import { HubError, type HubErrorDetail } from './hub-errors';

const LLAMA = { repoId: 'meta-llama/Llama-3.1-8B', revision: 'main' };

/** A fake fetch answering every request with `body` and `status` (and any headers). */
function answering(body: string, status = 200, headers: Record<string, string> = {}) {
  return vi.fn<typeof fetch>(async () => new Response(body, { status, headers }));
}

/** A fake fetch that never answers, but rejects like the browser when its signal aborts. */
const hanging = vi.fn<typeof fetch>(
  (_url, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('The operation was aborted.', 'AbortError')),
      );
    }),
);

async function hubError(options: FetchHubConfigOptions, reference = LLAMA): Promise<HubError> {
  const error = await fetchHubConfig(reference, options).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HubError);
  return error as HubError;
}

describe('fetchHubConfig success', () => {
  it('asks https://huggingface.co only, for config.json at the revision, without cookies or referrer', async () => {
    const fetchImpl = answering(fixtureText('meta-llama_Llama-3.1-8B'));
    const imported = await fetchHubConfig(LLAMA, { fetchImpl });
    expect(fetchImpl).toHaveBeenCalledOnce();
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json');
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(imported.model.name).toBe('meta-llama/Llama-3.1-8B');
    expect(imported.model.layers).toBe(32);
  });

  it('encodes a revision as one path segment and names the model with it', async () => {
    const fetchImpl = answering(fixtureText('openai-community_gpt2'));
    const imported = await fetchHubConfig(
      { repoId: 'openai-community/gpt2', revision: 'refs/pr/1' },
      { fetchImpl },
    );
    expect(fetchImpl.mock.calls[0]![0]).toBe(
      'https://huggingface.co/openai-community/gpt2/resolve/refs%2Fpr%2F1/config.json',
    );
    expect(imported.model.name).toBe('openai-community/gpt2@refs/pr/1');
  });

  it('builds URLs on the Hub origin for every valid id', () => {
    expect(new URL(hubConfigUrl({ repoId: 'gpt2', revision: 'main' })).origin).toBe(
      'https://huggingface.co',
    );
  });
});

describe('fetchHubConfig errors, each with its own plain message', () => {
  const cases: {
    name: string;
    options: () => FetchHubConfigOptions;
    detail: Partial<HubErrorDetail>;
    message: RegExp;
  }[] = [
    {
      name: '404 for a missing repository',
      options: () => ({
        fetchImpl: answering('Repository not found', 404, { 'X-Error-Code': 'RepoNotFound' }),
      }),
      detail: { kind: 'not-found', missing: 'repo' },
      message: /found no model meta-llama\/Llama-3.1-8B/,
    },
    {
      name: '404 for a missing revision',
      options: () => ({
        fetchImpl: answering('Invalid rev id', 404, { 'X-Error-Code': 'RevisionNotFound' }),
      }),
      detail: { kind: 'not-found', missing: 'revision' },
      message: /no revision "main"/,
    },
    {
      name: '404 for a repository without config.json',
      options: () => ({
        fetchImpl: answering('Entry not found', 404, { 'X-Error-Code': 'EntryNotFound' }),
      }),
      detail: { kind: 'not-found', missing: 'file' },
      message: /has no config.json.*GGUF/,
    },
    {
      name: '404 without an error code',
      options: () => ({ fetchImpl: answering('', 404) }),
      detail: { kind: 'not-found', missing: 'unknown' },
      message: /found no model/,
    },
    {
      name: '401 for a gated model',
      options: () => ({
        fetchImpl: answering('Access restricted', 401, { 'X-Error-Code': 'GatedRepo' }),
      }),
      detail: { kind: 'gated-or-private', status: 401 },
      message: /requires sign-in for meta-llama\/Llama-3.1-8B.*paste its config.json instead/,
    },
    {
      name: '403 for a private model',
      options: () => ({ fetchImpl: answering('Forbidden', 403) }),
      detail: { kind: 'gated-or-private', status: 403 },
      message: /requires sign-in/,
    },
    {
      name: '500 from the Hub',
      options: () => ({ fetchImpl: answering('oops', 500) }),
      detail: { kind: 'http', status: 500 },
      message: /HTTP 500/,
    },
    {
      name: '429 rate limit',
      options: () => ({ fetchImpl: answering('slow down', 429) }),
      detail: { kind: 'http', status: 429 },
      message: /HTTP 429/,
    },
    {
      name: 'a network failure (fetch rejects with TypeError)',
      options: () => ({
        fetchImpl: vi.fn<typeof fetch>(async () =>
          Promise.reject(new TypeError('Failed to fetch')),
        ),
      }),
      detail: { kind: 'network', offline: false },
      message: /could not be reached/,
    },
    {
      name: 'a connection that drops while the browser goes offline',
      options: () => {
        let online = true;
        return {
          isOnline: () => online,
          fetchImpl: vi.fn<typeof fetch>(async () => {
            online = false;
            throw new TypeError('Failed to fetch');
          }),
        };
      },
      detail: { kind: 'network', offline: true },
      message: /You are offline/,
    },
    {
      name: 'a timeout',
      options: () => ({ fetchImpl: hanging, timeoutMs: 20 }),
      detail: { kind: 'timeout', seconds: 0.02 },
      message: /did not answer within 0.02 seconds/,
    },
    {
      name: 'an HTML page instead of JSON',
      options: () => ({ fetchImpl: answering('<!doctype html><title>Hugging Face</title>') }),
      detail: { kind: 'not-json' },
      message: /not valid JSON/,
    },
    {
      name: 'JSON that is not a config',
      options: () => ({ fetchImpl: answering('{"bos_token_id": 1, "eos_token_id": 2}') }),
      detail: { kind: 'not-a-transformer-config' },
      message: /no layer count \(num_hidden_layers \/ n_layer/,
    },
    {
      name: 'a config with zero layers',
      options: () => ({
        fetchImpl: answering(
          fixtureText('meta-llama_Llama-3.1-8B').replace(
            '"num_hidden_layers": 32',
            '"num_hidden_layers": 0',
          ),
        ),
      }),
      detail: { kind: 'impossible-numbers' },
      message: /num_hidden_layers must be at least 1, got 0/,
    },
    {
      name: 'heads that do not divide the hidden size',
      options: () => ({
        fetchImpl: answering(
          fixtureText('openai-community_gpt2').replace('"n_head": 12', '"n_head": 11'),
        ),
      }),
      detail: { kind: 'impossible-numbers' },
      message: /n_embd \(768\) is not divisible by n_head \(11\)/,
    },
  ];

  it.each(cases)('$name', async ({ options, detail, message }) => {
    const error = await hubError(options());
    expect(error.detail).toMatchObject(detail);
    expect(error.message).toMatch(message);
  });

  it('rejects an invalid id before any request', async () => {
    const fetchImpl = answering('{}');
    const error = await hubError({ fetchImpl }, { repoId: 'meta-llama/../etc', revision: 'main' });
    expect(error.kind).toBe('invalid-id');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports offline without a request when the browser knows it is offline', async () => {
    const fetchImpl = answering('{}');
    const error = await hubError({ fetchImpl, isOnline: () => false });
    expect(error.detail).toEqual({ kind: 'network', offline: true });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe('cancellation', () => {
  it('hands the abort back when the caller cancels mid-request, not a HubError', async () => {
    const controller = new AbortController();
    const pending = fetchHubConfig(LLAMA, { fetchImpl: hanging, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not start a request for an already cancelled query', async () => {
    const fetchImpl = answering('{}');
    await expect(
      fetchHubConfig(LLAMA, { fetchImpl, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
