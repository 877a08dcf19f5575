import { useStore } from 'zustand';
import { formatInteger } from '../../lib/format';
import { urlNoticeStore, type UrlNoticeStore } from '../../state/url/url-notice-store';
import './share.css';
import { describeUrlKey } from '../../state/url/url-key-names';

/** A hand-edited link can repeat a key thousands of times; the first few problems say enough. */
const SHOWN = 10;

/** Says which settings of the opened link could not be used and were reset, until dismissed. */
export function UrlNotice({ notices = urlNoticeStore }: { notices?: UrlNoticeStore }) {
  const issues = useStore(notices, (state) => state.issues);
  const dismiss = useStore(notices, (state) => state.dismiss);
  if (issues.length === 0) return null;
  const hidden = issues.length - SHOWN;
  return (
    <div className="url-notice">
      <div className="card url-notice__card" role="alert" aria-labelledby="url-notice-title">
        <p id="url-notice-title">
          <strong>Some settings in the link you opened could not be used.</strong> They were reset
          to their defaults (unknown ones were ignored); the rest of the link was applied.
        </p>
        <ul>
          {issues.slice(0, SHOWN).map((issue, index) => (
            <li key={`${index}-${issue.key}`}>
              <span className="url-notice__key">{describeUrlKey(issue.key)}</span> {issue.reason}.
            </li>
          ))}
        </ul>
        {hidden > 0 && <p>…and {formatInteger(hidden)} more.</p>}
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
