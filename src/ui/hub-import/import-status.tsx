import { hubErrorView } from './hub-error-view';

export interface ImportFailure {
  error: unknown;
  /** What happened to the page because of it: "The model was not changed." */
  consequence: string;
  /** Asks again; absent for a pasted file, which would only fail the same way. */
  onRetry?: (() => void) | undefined;
}

interface ImportStatusProps {
  /** Said politely: the request in flight or the import just made; empty when there is neither. */
  message: string;
  failure: ImportFailure | null;
  onPaste: () => void;
}

/**
 * Where the import reports itself. The polite status stays in the page so screen readers hear its
 * changes; a failure is an alert with its own title, message and the way out that fits it.
 */
export function ImportStatus({ message, failure, onPaste }: ImportStatusProps) {
  const view = failure && hubErrorView(failure.error);
  return (
    <>
      <p className="hub-import__status" role="status">
        {message}
      </p>
      {failure && view && (
        <div className="hub-import__failure" role="alert">
          <p>
            <strong>{view.title}.</strong> {view.message} {failure.consequence}
          </p>
          {(view.canRetry && failure.onRetry) || view.offerPaste ? (
            <p className="hub-import__actions">
              {view.canRetry && failure.onRetry && (
                <button type="button" onClick={failure.onRetry}>
                  Try again
                </button>
              )}
              {view.offerPaste && (
                <button type="button" onClick={onPaste}>
                  Paste the config.json instead
                </button>
              )}
            </p>
          ) : null}
        </div>
      )}
    </>
  );
}
