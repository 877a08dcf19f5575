import { startTransition, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import type { LazyComponent } from './below-the-fold';
import { RegionBoundary } from './region-boundary';
import { ResultRegion } from './result-region';
import { fetchWhenIdle, whenIdle } from '../ui/primitives/when-idle';

/**
 * Whether a region below the fold should be drawn: once it comes within a screen of the viewport,
 * or once the browser is idle after the first paint, whichever is first, and its chunk has come.
 * Where the browser cannot say what is on screen (jsdom), at once.
 */
function useIsWanted(ref: RefObject<HTMLElement | null>, load: () => Promise<unknown>): boolean {
  const [isWanted, setIsWanted] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (isWanted || !element) return;
    // Every region's chunk is fetched in the first idle period. A region is drawn once its chunk
    // has come, one region per idle period, so each is laid out on its own instead of all of them
    // in one commit when their chunks arrive together; and in a transition, which React draws in
    // slices, giving way to any input meanwhile. A chunk that fails to load is drawn too: the
    // region's boundary then says so.
    const show = () => startTransition(() => setIsWanted(true));
    const want = () => load().then(show, show);
    fetchWhenIdle(load);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void want();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    const cancel = whenIdle(want);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [ref, isWanted, load]);
  return isWanted;
}

/**
 * A region below the fold: its script (`region`, a component in its own chunk) is fetched and the
 * region drawn only after the first view has painted, when it nears the viewport or the browser is
 * idle. A result region follows the scenario like any other (ResultRegion); the others only have
 * their own error boundary.
 */
export function LazyRegion({
  name,
  region,
  followsScenario = true,
}: {
  name: string;
  region: LazyComponent;
  followsScenario?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const isWanted = useIsWanted(ref, region.load);
  const placeholder = <p className="card muted">{`${name}: loading…`}</p>;
  const content = (
    <Suspense fallback={placeholder}>
      <region.Component />
    </Suspense>
  );
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
