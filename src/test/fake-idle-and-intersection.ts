import { act } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { FakeIntersectionObserver } from './fake-intersection-observer';

/**
 * For tests of what waits on the page's idle queue and on what is on screen: a fake clock (jsdom
 * has no requestIdleCallback, so `whenIdle` waits 50 ms instead) and a fake IntersectionObserver.
 * The idle queue is the page's, so what a test left in it runs before the next test starts.
 */
export function fakeIdleAndIntersection(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeIntersectionObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(async () => {
    await act(() => vi.runAllTimersAsync());
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}
