import { useId } from 'react';
import { formatInteger } from '../../lib/format';
import { linkListLength, MAX_LINK_LIST_LENGTH } from '../../state/url/sampling-link';
import { describedBy } from '../primitives/described-by';
import { useSampling } from '../../state/react/sampling-context';

interface LogitListInputProps {
  errors: readonly string[];
  warnings: readonly string[];
  /** Tokens in the distribution on screen, the last valid one while the text has errors. */
  shownCount: number;
}

/** At most this many problems are listed; the rest are counted. */
const LISTED = 5;

/** The pasted list of tokens and logits, with every problem naming its line. */
export function LogitListInput({ errors, warnings, shownCount }: LogitListInputProps) {
  const id = useId();
  const text = useSampling((s) => s.customText);
  const setCustomText = useSampling((s) => s.setCustomText);
  const hasErrors = errors.length > 0;
  const tooLongForLink = linkListLength(text) > MAX_LINK_LIST_LENGTH;

  return (
    <div className="field sampling-list">
      <label htmlFor={id}>
        Tokens and logits, one per line: token&lt;TAB or comma or space&gt;logit
      </label>
      <textarea
        id={id}
        rows={8}
        spellCheck={false}
        value={text}
        aria-invalid={hasErrors ? true : undefined}
        aria-describedby={describedBy(
          `${id}-hint`,
          hasErrors && `${id}-error`,
          warnings.length > 0 && `${id}-warning`,
          tooLongForLink && `${id}-link`,
        )}
        onChange={(event) => setCustomText(event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint muted">
        The logit is the last field on each line, so a token may contain spaces. Empty lines are
        ignored; up to 5,000 tokens.
      </p>
      {/* Always there, so crossing the limit while typing is announced; it names no count, so
          each keystroke beyond it is not. */}
      <div aria-live="polite">
        {tooLongForLink && (
          <p id={`${id}-link`} className="field__hint warn-text">
            This list is too long for a link: it takes more than the{' '}
            {formatInteger(MAX_LINK_LIST_LENGTH)} characters a link carries. The address and Copy
            link leave it out, and a colleague opening the link sees the built-in example.
          </p>
        )}
      </div>
      {hasErrors && (
        <div id={`${id}-error`} className="field__error error-text" aria-live="polite">
          <ul className="sampling-list__problems">
            {errors.slice(0, LISTED).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          {errors.length > LISTED && (
            <p>and {formatInteger(errors.length - LISTED)} more lines with problems.</p>
          )}
          <p>
            Until the list is fixed, the charts show the last valid one ({formatInteger(shownCount)}{' '}
            tokens).
          </p>
        </div>
      )}
      {warnings.length > 0 && (
        <div id={`${id}-warning`} className="field__hint warn-text">
          <ul className="sampling-list__problems">
            {warnings.slice(0, LISTED).map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          {warnings.length > LISTED && (
            <p>and {formatInteger(warnings.length - LISTED)} more repeated tokens.</p>
          )}
        </div>
      )}
    </div>
  );
}
