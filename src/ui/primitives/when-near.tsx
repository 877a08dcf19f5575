import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * Whether an element has come within half a screen of the viewport; once true it stays true.
 * Where the browser cannot say (jsdom), true at once.
 */
function useIsNear(ref: RefObject<HTMLElement | null>): boolean {
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (isNear || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, isNear]);
  return isNear;
}

/**
 * Draws `children` only once this place nears the viewport, `fallback` until then. For what is
 * costly to draw and has its words elsewhere (a chart beside its table): a chart below the fold
 * costs nothing while the page loads or until someone scrolls to it.
 */
export function WhenNear({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const isNear = useIsNear(ref);
  return isNear ? children : <div ref={ref}>{fallback}</div>;
}
