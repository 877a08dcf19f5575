import { lazy, Suspense, useId } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { DEFAULT_REVISION } from '../../hub/hub-id';
import { isHubSourcePending } from '../../state/hub-source';

const HubImportRoot = lazy(() => import('./hub-import-root'));

/**
 * Shown for the moment the import's code takes to load; a link's import is already announced. The
 * name is spelled as hubModelName does, without importing the fetch code this chunk defers.
 */
function HubImportLoading() {
  const headingId = useId();
  const pending = useCalculator((state) =>
    isHubSourcePending(state.hubSource) ? state.hubSource : null,
  );
  const name =
    pending &&
    (pending.revision === DEFAULT_REVISION
      ? pending.repoId
      : `${pending.repoId}@${pending.revision}`);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Import from the Hugging Face Hub</h2>
      {name ? (
        <p role="status">Loading {name} from the Hub…</p>
      ) : (
        <p className="muted">Loading the import…</p>
      )}
    </section>
  );
}

/**
 * The Hub import box. Its code (the query library, the config mapping and its schema) loads after
 * the page, so the calculator's first paint does not wait for it.
 */
export function HubImport() {
  return (
    <Suspense fallback={<HubImportLoading />}>
      <HubImportRoot />
    </Suspense>
  );
}
