import {
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useCalculator } from '../state/react/calculator-context';
import { ShownScenarioContext } from '../state/react/shown-scenario';
import { RegionBoundary } from './region-boundary';

/** Whether an element is in the viewport; true until the browser says otherwise, and where it cannot say (jsdom). */
function useIsOnScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [isOnScreen, setIsOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) setIsOnScreen(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return isOnScreen;
}

/**
 * One region of the results, inside its own error boundary. On screen it follows every input at
 * once, in the frame that paints the input; off screen it follows as a deferred render straight
 * after that frame, so a slider step costs what can be seen and nothing waits on what cannot.
 */
export function ResultRegion({ name, children }: { name: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const isOnScreen = useIsOnScreen(ref);
  const live = useCalculator((state) => state.scenario);
  const deferred = useDeferredValue(live);
  return (
    <div ref={ref} className="result-region">
      <ShownScenarioContext.Provider value={isOnScreen ? live : deferred}>
        <RegionBoundary name={name}>{children}</RegionBoundary>
      </ShownScenarioContext.Provider>
    </div>
  );
}
