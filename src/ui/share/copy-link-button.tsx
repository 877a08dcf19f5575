import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useCalculator, useCalculatorStoreApi } from '../../state/react/calculator-context';
import type { SamplingState } from '../../state/sampling-store';
import { listFitsLink } from '../../state/url/sampling-link';
import { shareUrl, type LinkState } from '../../state/url/url-codec';
import { useOptionalSamplingState } from '../../state/react/sampling-context';
import './share.css';

type CopyStatus = { kind: 'idle' } | { kind: 'copied'; leftOut: string } | { kind: 'manual' };

/** How long "Link copied" stays on screen, in milliseconds. */
const CONFIRMATION_MS = 4000;

/** What a copied link leaves out, as the end of the confirmation, or '' when it carries everything. */
function leftOutOf(sampling: SamplingState | undefined): string {
  return sampling?.source === 'custom' && !listFitsLink(sampling.customText)
    ? ', without your token list: it is too long for a link'
    : '';
}

/** The link in a read-only field for copying by hand; it follows the choices while it is shown. */
function ManualLinkField({ fieldRef }: { fieldRef: RefObject<HTMLInputElement | null> }) {
  const fieldId = useId();
  const scenario = useCalculator((state) => state.scenario);
  const unit = useCalculator((state) => state.unit);
  const hubSource = useCalculator((state) => state.hubSource);
  const pinned = useCalculator((state) => state.pinned);
  const prices = useCalculator((state) => state.prices);
  const fits = useCalculator((state) => state.fits);
  const sampling = useOptionalSamplingState();
  const url = shareUrl(
    { scenario, unit, hubSource, pinned, prices, fits, sampling },
    window.location,
  );
  return (
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
  );
}

/**
 * Copies the address of the current choices. When the clipboard API is missing (plain http, old
 * browsers) or refuses, the link is shown selected in a read-only field for the user to copy. The
 * link is built when it is asked for, so the button costs nothing while a slider moves.
 */
export function CopyLinkButton() {
  const calculator = useCalculatorStoreApi();
  // Only the explorer changes this, never a calculator slider; the field for copying by hand
  // follows it, and so does what its status says is left out.
  const sampling = useOptionalSamplingState();
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    const { scenario, unit, hubSource, pinned, prices, fits } = calculator.getState();
    const link: LinkState = { scenario, unit, hubSource, pinned, prices, fits, sampling };
    try {
      // The type says clipboard always exists; insecure origins and older browsers say otherwise.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard?.writeText) throw new Error('The clipboard API is not available');
      await clipboard.writeText(shareUrl(link, window.location));
      setStatus({ kind: 'copied', leftOut: leftOutOf(sampling) });
    } catch {
      setStatus({ kind: 'manual' });
    }
  };

  // In the commit that shows the field, so it is never drawn unfocused and unselected.
  useLayoutEffect(() => {
    if (status.kind !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [status]);

  useEffect(() => {
    if (status.kind !== 'copied') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {status.kind === 'manual' && <ManualLinkField fieldRef={fieldRef} />}
      <span role="status" aria-live="polite">
        {status.kind === 'copied' && `Link copied${status.leftOut}`}
        {status.kind === 'manual' && `Press Ctrl+C to copy (⌘C on a Mac)${leftOutOf(sampling)}`}
      </span>
    </div>
  );
}
