const queue: (() => unknown)[] = [];
let isScheduled = false;

/** Idle time where the browser reports it; elsewhere (Safari) a short timer after the current work. */
const requestIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 2000 })
    : (run) => setTimeout(run, 50);

function scheduleNext(): void {
  isScheduled = queue.length > 0;
  if (isScheduled) requestIdle(runNext);
}

function runNext(): void {
  const next = queue.shift();
  const done = next?.();
  // Work that waits on something (a chunk) holds the queue until it is over.
  if (done instanceof Promise) void done.finally(scheduleNext);
  else scheduleNext();
}

/**
 * Runs `callback` when the browser is idle, one queued callback per idle period in the order they
 * were queued, so the work after the first paint comes in pieces that leave room for input. A
 * callback that returns a promise holds the next one back until it settles.
 * Returns a function that takes the callback back out of the queue.
 */
export function whenIdle(callback: () => unknown): () => void {
  queue.push(callback);
  if (!isScheduled) {
    isScheduled = true;
    requestIdle(runNext);
  }
  return () => {
    const index = queue.indexOf(callback);
    if (index >= 0) queue.splice(index, 1);
  };
}

/**
 * Starts `load` in the next idle period, outside the queue: fetching a region's chunk does not
 * wait for the regions before it to be drawn, so every chunk is on its way soon after the first
 * paint, as a page that may go offline needs; the service worker's registration starts the same
 * way. A failure is left to whoever needs the result: the region's boundary, or the next visit.
 */
export function fetchWhenIdle(load: () => Promise<unknown>): void {
  requestIdle(() => void load().catch(() => undefined));
}
