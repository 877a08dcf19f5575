import type { FieldIssue } from '../domain/errors';

/** What went wrong while reading a model's config.json, with what the message needs to say it. */
export type HubErrorDetail =
  | { kind: 'invalid-id'; reason: string }
  | {
      kind: 'not-found';
      repoId: string;
      revision: string;
      missing: 'repo' | 'revision' | 'file' | 'unknown';
    }
  | { kind: 'gated-or-private'; repoId: string; status: number }
  | { kind: 'network'; offline: boolean }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'not-json'; reason: string }
  | { kind: 'not-a-transformer-config'; reason: string }
  | { kind: 'unsupported-architecture'; reason: string }
  | { kind: 'impossible-numbers'; issues: readonly FieldIssue[] };

export type HubErrorKind = HubErrorDetail['kind'];

function notFoundMessage(detail: Extract<HubErrorDetail, { kind: 'not-found' }>): string {
  const { repoId, revision } = detail;
  switch (detail.missing) {
    case 'revision':
      return `The Hub has no revision "${revision}" of ${repoId}. Check the branch, tag or commit.`;
    case 'file':
      return `${repoId} has no config.json at revision "${revision}". Repositories that hold only GGUF or other exported weights have none; try the original model's repository, or paste its config.json.`;
    default:
      return `The Hub found no model ${repoId} at revision "${revision}". Check the spelling of the id.`;
  }
}

/** The plain sentence the UI shows for each error. */
export function hubErrorMessage(detail: HubErrorDetail): string {
  switch (detail.kind) {
    case 'invalid-id':
      return `That is not a Hugging Face model id: ${detail.reason}.`;
    case 'not-found':
      return notFoundMessage(detail);
    case 'gated-or-private':
      return `The Hub requires sign-in for ${detail.repoId} (it is gated or private, or does not exist); paste its config.json instead.`;
    case 'network':
      return detail.offline
        ? 'You are offline, so the Hub cannot be reached. Reconnect, or paste the config.json instead.'
        : 'The Hub could not be reached (network error or blocked request). Try again, or paste the config.json instead.';
    case 'timeout':
      return `The Hub did not answer within ${detail.seconds} seconds. Try again, or paste the config.json instead.`;
    case 'http':
      return `The Hub answered with an error (HTTP ${detail.status}). Try again later, or paste the config.json instead.`;
    case 'not-json':
      return `That file is not valid JSON: ${detail.reason}.`;
    case 'not-a-transformer-config':
      return `That JSON is not a transformer's config.json: ${detail.reason}.`;
    case 'unsupported-architecture':
      return `This architecture cannot be sized here: ${detail.reason}.`;
    case 'impossible-numbers':
      return `The config's numbers cannot describe a real model: ${detail.issues
        .map((issue) => `${issue.field} ${issue.message}`)
        .join('; ')}.`;
  }
}

/** The one error type the hub layer throws; `detail.kind` tells the UI which case it is. */
export class HubError extends Error {
  readonly detail: HubErrorDetail;

  constructor(detail: HubErrorDetail) {
    super(hubErrorMessage(detail));
    this.name = 'HubError';
    this.detail = detail;
  }

  get kind(): HubErrorKind {
    return this.detail.kind;
  }
}

export const isHubError = (error: unknown): error is HubError => error instanceof HubError;
