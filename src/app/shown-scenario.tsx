import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Scenario } from '../domain/scenario';
import { RegionBoundary } from './region-boundary';
import { useCalculator } from './store-context';

const ShownScenarioContext = createContext<Scenario | null>(null);

/**
 * The scenario a part of the results shows. Inside a ResultRegion it is the region's (the live one
 * on screen, the latest one React has had time for off screen); elsewhere it is the store's.
 */
export function useShownScenario(): Scenario {
  const shown = useContext(ShownScenarioContext);
  // Inside a region this selects null, so a slider step does not re-render the component through
  // the store; it re-renders when the region hands it a new scenario.
  const live = useCalculator((state) => (shown ? null : state.scenario));
  if (shown) return shown;
  if (!live) throw new Error('useShownScenario found neither a region nor a scenario in the store');
  return live;
}

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
