import {
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { RegionBoundary } from './region-boundary';
import { ResultRegion } from './result-region';
import { whenIdle } from './when-idle';

/**
 * Whether a region below the fold should be drawn: once it comes within a screen of the viewport,
 * or once the browser is idle after the first paint, whichever is first. Where the browser cannot
 * say what is on screen (jsdom), at once.
 */
function useIsWanted(ref: RefObject<HTMLElement | null>): boolean {
  const [isWanted, setIsWanted] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (isWanted || !element) return;
    // A transition: React draws the region in slices and gives way to any input meanwhile.
    const want = () => startTransition(() => setIsWanted(true));
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) want();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    const cancel = whenIdle(want);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [ref, isWanted]);
  return isWanted;
}

/**
 * A region below the fold: its script (a lazy component among `children`) is fetched and the
 * region drawn only after the first view has painted, when it nears the viewport or the browser is
 * idle. A result region follows the scenario like any other (ResultRegion); the others only have
 * their own error boundary.
 */
export function LazyRegion({
  name,
  followsScenario = true,
  children,
}: {
  name: string;
  followsScenario?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const isWanted = useIsWanted(ref);
  const placeholder = <p className="card muted">{`${name}: loading…`}</p>;
  const content = <Suspense fallback={placeholder}>{children}</Suspense>;
  return (
    <div ref={ref} className="lazy-region">
      {!isWanted ? (
        placeholder
      ) : followsScenario ? (
        <ResultRegion name={name}>{content}</ResultRegion>
      ) : (
        <RegionBoundary name={name}>{content}</RegionBoundary>
      )}
    </div>
  );
}
