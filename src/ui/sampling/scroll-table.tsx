import { useId, type ReactNode } from 'react';

interface ScrollTableProps {
  caption: string;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * A table with its caption in a container that scrolls sideways on narrow screens; the container can
 * take focus and is named by the caption, so keyboard users can scroll it too.
 */
export function ScrollTable({ caption, className, children }: ScrollTableProps) {
  const id = useId();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table className={className}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
