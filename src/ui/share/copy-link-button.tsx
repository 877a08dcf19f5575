import { useEffect, useId, useRef, useState } from 'react';
import { useCalculator } from '../../app/store-context';
import { listFitsLink } from '../../state/url/sampling-link';
import { shareUrl } from '../../state/url/url-codec';
import { useOptionalSamplingState } from '../sampling/sampling-store-context';
import './share.css';

type CopyStatus = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual' };

/** How long "Link copied" stays on screen, in milliseconds. */
const CONFIRMATION_MS = 4000;

/**
 * Copies the address of the current choices. When the clipboard API is missing (plain http, old
 * browsers) or refuses, the link is shown selected in a read-only field for the user to copy.
 */
export function CopyLinkButton() {
  const scenario = useCalculator((state) => state.scenario);
  const unit = useCalculator((state) => state.unit);
  const hubSource = useCalculator((state) => state.hubSource);
  const sampling = useOptionalSamplingState();
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const url = shareUrl({ scenario, unit, hubSource, sampling }, window.location);
  const leftOut =
    sampling?.source === 'custom' && !listFitsLink(sampling.customText)
      ? ', without your token list: it is too long for a link'
      : '';

  const copy = async () => {
    try {
      // The type says clipboard always exists; insecure origins and older browsers say otherwise.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard?.writeText) throw new Error('The clipboard API is not available');
      await clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'manual' });
    }
  };

  useEffect(() => {
    if (status.kind === 'manual') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
    if (status.kind !== 'copied') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {status.kind === 'manual' && (
        <span className="copy-link__manual">
          <label htmlFor={fieldId}>Link to this scenario</label>
          <input
            id={fieldId}
            ref={fieldRef}
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </span>
      )}
      <span role="status" aria-live="polite">
        {status.kind === 'copied' && `Link copied${leftOut}`}
        {status.kind === 'manual' && `Press Ctrl+C to copy (⌘C on a Mac)${leftOut}`}
      </span>
    </div>
  );
}
