import { startTransition, useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`, applied as a transition (interruptible,
 * after the urgent update has painted). The first value is returned at once.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
