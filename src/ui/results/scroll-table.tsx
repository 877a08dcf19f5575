import { useId, type ReactNode } from 'react';
import './results.css';

/**
 * A table that scrolls sideways on narrow screens. A caption inside a scrolled table is as wide
 * as the table and scrolls out of view, so its text is shown above the scroller and the real
 * caption, which names the table and the focusable scroller, is visually hidden.
 */
export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <>
      <p className="results-caption" aria-hidden="true">
        {caption}
      </p>
      <div
        className="table-scroll results-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby={captionId}
      >
        <table>
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </>
  );
}
