import { HubError } from './hub-errors';
import { DEFAULT_REVISION, parseHubReference, type HubReference } from './hub-id';
import type { HubModelImport } from './to-model-spec';

/** The only origin this app ever contacts. */
export const HUB_ORIGIN = 'https://huggingface.co';
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchHubConfigOptions {
  /** Cancels the request (TanStack Query's signal when the user types on). */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The fetch to use; tests pass a fake instead of patching the global. */
  fetchImpl?: typeof fetch;
  /** Whether the browser believes it is online; navigator.onLine by default. */
  isOnline?: () => boolean;
}

const browserIsOnline = (): boolean =>
  typeof navigator === 'undefined' || navigator.onLine !== false;

/** https://huggingface.co/<org>/<name>/resolve/<revision>/config.json, the revision encoded as one segment. */
export function hubConfigUrl({ repoId, revision }: HubReference): string {
  const path = repoId.split('/').map(encodeURIComponent).join('/');
  const url = new URL(`/${path}/resolve/${encodeURIComponent(revision)}/config.json`, HUB_ORIGIN);
  if (url.origin !== HUB_ORIGIN)
    throw new HubError({
      kind: 'invalid-id',
      reason: `"${repoId}" does not name a model on the Hub`,
    });
  return url.href;
}

/** The model's display name: its id, with the revision when it is not the default branch. */
export const hubModelName = ({ repoId, revision }: HubReference): string =>
  revision === DEFAULT_REVISION ? repoId : `${repoId}@${revision}`;

/**
 * What the Hub's status means. It answers 401 for gated and private repositories and for ones
 * that do not exist (so as not to reveal which), and 404 with X-Error-Code RevisionNotFound or
 * EntryNotFound for a missing revision or file.
 */
function statusError(response: Response, { repoId, revision }: HubReference): HubError {
  const status = response.status;
  if (status === 401 || status === 403)
    return new HubError({ kind: 'gated-or-private', repoId, status });
  if (status === 404) {
    const code = response.headers.get('x-error-code');
    const missing =
      code === 'RevisionNotFound'
        ? 'revision'
        : code === 'EntryNotFound'
          ? 'file'
          : code === 'RepoNotFound'
            ? 'repo'
            : 'unknown';
    return new HubError({ kind: 'not-found', repoId, revision, missing });
  }
  return new HubError({ kind: 'http', status });
}

async function readConfigText(
  reference: HubReference,
  options: FetchHubConfigOptions,
): Promise<string> {
  const isOnline = options.isOnline ?? browserIsOnline;
  if (!isOnline()) throw new HubError({ kind: 'network', offline: true });
  const outer = options.signal;
  outer?.throwIfAborted();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', cancel, { once: true });
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  try {
    // No cookies and no referrer: the Hub learns nothing but the model asked for.
    const response = await fetchImpl(hubConfigUrl(reference), {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) throw statusError(response, reference);
    return await response.text();
  } catch (error) {
    if (error instanceof HubError) throw error;
    // A cancelled query is not a failure to show: hand the abort back to the caller.
    if (outer?.aborted) throw outer.reason ?? error;
    if (timedOut) throw new HubError({ kind: 'timeout', seconds: timeoutMs / 1000 });
    throw new HubError({ kind: 'network', offline: !isOnline() });
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', cancel);
  }
}

/**
 * Fetches a model's config.json from the Hub at a revision and maps it to the engine's model.
 * The id and revision are checked before any request; every failure is a HubError.
 */
export async function fetchHubConfig(
  reference: HubReference,
  options: FetchHubConfigOptions = {},
): Promise<HubModelImport> {
  const parsed = parseHubReference(reference.repoId, reference.revision);
  if (!parsed.ok) throw parsed.error;
  const text = await readConfigText(parsed.value, options);
  // The config's schema (zod) loads with the first import, not with the page.
  const { importConfigText } = await import('./import-config');
  return importConfigText(text, hubModelName(parsed.value));
}
