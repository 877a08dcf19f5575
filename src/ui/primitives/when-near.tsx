import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { whenIdle } from './when-idle';

/**
 * Whether an element has come within `margin` of the viewport (half a screen unless told); once
 * true it stays true. Where the browser cannot say (jsdom), true at once.
 */
export function useIsNear(ref: RefObject<HTMLElement | null>, margin = '50% 0px'): boolean {
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (isNear || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, isNear, margin]);
  return isNear;
}

/**
 * Draws `children` only once this place nears the viewport, `fallback` until then. For what is
 * costly to draw and has its words elsewhere (a chart beside its table): a chart below the fold
 * costs nothing while the page loads or until someone scrolls to it. Drawn in the next idle
 * period, in turn with the page's other deferred work (`whenIdle`), so charts that come near
 * together (a region's two charts) are each drawn in a task of their own, not in one long one.
 * `load` fetches a lazy child's script first and holds the queue until it has come: without it,
 * two charts whose script comes at once would both be drawn when it does, in one task.
 */
export function WhenNear({
  fallback,
  load,
  children,
}: {
  fallback: ReactNode;
  load?: () => Promise<unknown>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const isNear = useIsNear(ref);
  const [isDrawn, setIsDrawn] = useState(isNear);
  useEffect(() => {
    if (!isNear || isDrawn) return;
    const draw = () => setIsDrawn(true);
    // A script that fails to load is drawn all the same: the child's boundary then says so.
    return whenIdle(() => (load ? load().then(draw, draw) : draw()));
  }, [isNear, isDrawn, load]);
  return isDrawn ? children : <div ref={ref}>{fallback}</div>;
}
