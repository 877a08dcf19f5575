import { runSweep, type SweepProgress, type SweepRequest } from './sweep-runner';

/**
 * The what-fits sweep off the main thread: each request is swept in slices of about 100 ms, each
 * slice posted as it is done so the page can show progress. The page starts a new worker for each
 * request and ends the old one, so no slice of an earlier scenario is ever posted after a new one.
 */
const scope = globalThis as unknown as {
  postMessage: (progress: SweepProgress) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<SweepRequest>) => void,
  ) => void;
};

scope.addEventListener('message', (event) => {
  runSweep(
    event.data,
    (progress) => scope.postMessage(progress),
    (slice) => setTimeout(slice),
    100,
  );
});
