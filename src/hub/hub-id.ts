import { HubError } from './hub-errors';

/** A model repository on the Hub and the branch, tag or commit to read it at. */
export interface HubReference {
  repoId: string;
  revision: string;
}

export type HubReferenceResult = { ok: true; value: HubReference } | { ok: false; error: HubError };

export const DEFAULT_REVISION = 'main';

/** Hosts a pasted link may name; requests still only ever go to https://huggingface.co. */
const HUB_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);
/** Path words after the repository in Hub links that are followed by a revision. */
const REVISION_ACTIONS = new Set(['tree', 'blob', 'resolve', 'raw', 'commit', 'edit']);
const OTHER_REPO_KINDS: Readonly<Record<string, string>> = {
  datasets: 'a dataset',
  spaces: 'a Space',
};
const MAX_NAME_LENGTH = 96;

/** A 40-hex-digit commit id: the one revision whose content can never change. */
export const isCommitSha = (revision: string): boolean => /^[0-9a-f]{40}$/.test(revision);

/**
 * Why `repoId` breaks the Hub's naming rules (huggingface_hub `validate_repo_id`), or null:
 * "name" or "namespace/name", each up to 96 of [A-Za-z0-9._-], not starting or ending with
 * "-" or ".", no "--" or "..", not ending in ".git".
 */
export function repoIdProblem(repoId: string): string | null {
  if (repoId === '') return 'the id is empty';
  const parts = repoId.split('/');
  if (parts.includes('')) return `"${repoId}" has an empty part around "/"`;
  if (parts.length > 2) return `"${repoId}" has more than one "/"; write it as "organisation/name"`;
  for (const part of parts) {
    if (part.length > MAX_NAME_LENGTH)
      return `"${part}" is longer than ${MAX_NAME_LENGTH} characters`;
    const bad = /[^A-Za-z0-9._-]/.exec(part);
    if (bad)
      return `"${part}" contains "${bad[0]}"; only letters, digits, "-", "_" and "." are allowed`;
    if (/^[-.]|[-.]$/.test(part)) return `"${part}" cannot start or end with "-" or "."`;
  }
  if (repoId.includes('--') || repoId.includes('..'))
    return `"${repoId}" cannot contain "--" or ".."`;
  if (repoId.endsWith('.git')) return `"${repoId}" cannot end in ".git"`;
  return null;
}

/** Why `revision` cannot be a git branch, tag or commit (git check-ref-format, simplified), or null. */
export function revisionProblem(revision: string): string | null {
  if (revision === '') return 'the revision is empty';
  if (revision.length > 255) return 'the revision is longer than 255 characters';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what git forbids
  const bad = /[\s~^:?*[\\\u0000-\u001f\u007f]/.exec(revision);
  if (bad) return `the revision "${revision}" contains "${bad[0]}", which git does not allow`;
  if (revision.includes('..') || revision.includes('//') || revision.includes('@{')) {
    return `the revision "${revision}" cannot contain "..", "//" or "@{"`;
  }
  if (/^[/.]|[/.]$|\/\.|\.lock$/.test(revision))
    return `"${revision}" is not a valid branch, tag or commit name`;
  return null;
}

const invalid = (reason: string): HubReferenceResult => ({
  ok: false,
  error: new HubError({ kind: 'invalid-id', reason }),
});

interface Parsed {
  repoId: string;
  revision?: string;
}

function parseLink(text: string): Parsed | string {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return `"${text}" is not a link the browser can read`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `only https://huggingface.co links can be read`;
  if (!HUB_HOSTS.has(url.hostname.toLowerCase())) {
    return `only huggingface.co links can be read, not ${url.hostname}`;
  }
  let segments: string[];
  try {
    segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return `the link "${text}" is not correctly encoded`;
  }
  const [first = '', second] = segments;
  if (first === '') return 'the link names no model';
  const otherKind = OTHER_REPO_KINDS[first];
  if (otherKind) return `that link is ${otherKind}, not a model`;
  // Legacy single-name models (huggingface.co/gpt2/tree/main) have no organisation part.
  const repoLength = second === undefined || REVISION_ACTIONS.has(second) ? 1 : 2;
  const repoId = segments.slice(0, repoLength).join('/');
  const action = segments[repoLength];
  if (action === undefined || !REVISION_ACTIONS.has(action)) return { repoId };
  const rest = segments.slice(repoLength + 1);
  // Unencoded pull-request refs (refs/pr/1) span three path segments.
  const revisionParts = rest[0] === 'refs' ? rest.slice(0, 3) : rest.slice(0, 1);
  return { repoId, revision: revisionParts.length > 0 ? revisionParts.join('/') : undefined };
}

function parseId(text: string): Parsed {
  const at = text.indexOf('@');
  return at === -1 ? { repoId: text } : { repoId: text.slice(0, at), revision: text.slice(at + 1) };
}

const looksLikeLink = (text: string): boolean =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(www\.)?(huggingface\.co|hf\.co)(\/|$)/i.test(text);

/**
 * Reads what a user pasted — "org/name", "org/name@rev", or any huggingface.co / hf.co link to
 * the model, its tree, a file's blob, resolve or raw view — plus an optional revision typed
 * separately (which wins), and checks both against the Hub's rules before any request is made.
 */
export function parseHubReference(input: string, revision?: string): HubReferenceResult {
  const text = input.trim();
  if (text === '') return invalid('the id is empty');
  const parsed = looksLikeLink(text) ? parseLink(text) : parseId(text);
  if (typeof parsed === 'string') return invalid(parsed);
  const repoProblem = repoIdProblem(parsed.repoId);
  if (repoProblem) return invalid(repoProblem);
  const typed = revision?.trim();
  const chosen = typed ? typed : (parsed.revision ?? DEFAULT_REVISION);
  const revProblem = revisionProblem(chosen);
  if (revProblem) return invalid(revProblem);
  return { ok: true, value: { repoId: parsed.repoId, revision: chosen } };
}
