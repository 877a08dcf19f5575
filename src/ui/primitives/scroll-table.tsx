import { useId, type ReactNode } from 'react';
import './scroll-table.css';

interface ScrollTableProps {
  /** Names the table and its scroll box for assistive technology, and is shown above them. */
  caption: string;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on narrow screens, so no column is cut off without a way to
 * reach it. The scroll box takes focus, so a keyboard alone can scroll it. A caption inside a
 * scrolled table is as wide as the table and scrolls out of view, so its text is shown above
 * the scroller and the real caption, which names the table and the scroller, is visually hidden.
 */
export function ScrollTable({ caption, className, children }: ScrollTableProps) {
  const captionId = useId();
  return (
    <>
      <p className="scroll-table__caption" aria-hidden="true">
        {caption}
      </p>
      <div className="scroll-table" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className={className}>
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </>
  );
}
