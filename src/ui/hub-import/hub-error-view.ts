import { isHubError, type HubErrorDetail } from '../../hub/hub-errors';

/** How the box shows one failed import: a short title, the data layer's plain message, and what to offer. */
export interface HubErrorView {
  title: string;
  message: string;
  /** Trying again may help (a timeout, a dropped connection, a 5xx). */
  canRetry: boolean;
  /** The Hub cannot give this config right now, but its text pasted here would do. */
  offerPaste: boolean;
}

const NOT_FOUND_TITLES: Readonly<
  Record<Extract<HubErrorDetail, { kind: 'not-found' }>['missing'], string>
> = {
  repo: 'Model not found',
  revision: 'Revision not found',
  file: 'No config.json',
  unknown: 'Not found',
};

function titleOf(detail: HubErrorDetail): string {
  switch (detail.kind) {
    case 'invalid-id':
      return 'Not a model id';
    case 'not-found':
      return NOT_FOUND_TITLES[detail.missing];
    case 'gated-or-private':
      return 'The Hub requires sign-in for this model';
    case 'network':
      return detail.offline ? 'The import needs the network' : 'The Hub could not be reached';
    case 'timeout':
      return 'The Hub did not answer in time';
    case 'http':
      return 'The Hub answered with an error';
    case 'not-json':
      return 'Not JSON';
    case 'not-a-transformer-config':
      return 'Not a transformer config';
    case 'unsupported-architecture':
      return 'Architecture not supported';
    case 'impossible-numbers':
      return 'Impossible numbers';
  }
}

const REACH_KINDS: ReadonlySet<HubErrorDetail['kind']> = new Set(['network', 'timeout', 'http']);

export function hubErrorView(error: unknown): HubErrorView {
  if (!isHubError(error)) {
    const message = error instanceof Error && error.message ? error.message : String(error);
    return { title: 'The import failed', message, canRetry: true, offerPaste: true };
  }
  const { detail } = error;
  const reachable = REACH_KINDS.has(detail.kind);
  return {
    title: titleOf(detail),
    message: error.message,
    canRetry: reachable,
    offerPaste: reachable || detail.kind === 'gated-or-private' || detail.kind === 'not-found',
  };
}
