import { useState } from 'react';

/**
 * The current value when there is one, else the last one there was (else the fallback): what is on
 * screen stays put while the user is midway through typing something invalid.
 */
export function useLastValid<T>(current: T | null, fallback: () => T): T {
  const [last, setLast] = useState<T>(() => current ?? fallback());
  // Remembering a value from an earlier render is what React's "storing information from previous renders" pattern is for.
  if (current !== null && current !== last) setLast(current);
  return current ?? last;
}
