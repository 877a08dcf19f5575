import fc from 'fast-check';

/** Cases per property: the default in `npm test`, FUZZ_RUNS (e.g. 20000) in `npm run fuzz`. */
export function fuzzRuns(defaultRuns: number): number {
  const fromEnv = Number(import.meta.env.FUZZ_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

/** A test's time limit: generous under load in `npm test`, an hour for a `npm run fuzz` campaign. */
export const FUZZ_TIMEOUT_MS = fuzzRuns(0) > 0 ? 3_600_000 : 30_000;

/**
 * fc.assert over `runs` cases, then one log line with how many ran, so a campaign can report its
 * size. `check` fails a case by throwing (an `expect`).
 */
export function assertFuzz<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
  defaultRuns = 300,
): void {
  let cases = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      cases++;
      check(value);
    }),
    { numRuns: fuzzRuns(defaultRuns) },
  );
  console.log(`[fuzz] ${name}: ${cases} cases`);
}
