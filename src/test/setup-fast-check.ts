import fc from 'fast-check';

/**
 * Property tests draw from a fixed seed in `npm test`, so CI is repeatable and a failure seen there
 * is the same failure on every machine. `npm run fuzz` (FUZZ_RUNS set) draws a fresh seed per
 * campaign so that campaigns keep exploring; FUZZ_SEED replays the seed a failure printed.
 */
const fromEnv = Number(import.meta.env.FUZZ_SEED);
const campaign = Number(import.meta.env.FUZZ_RUNS) > 0;
const TEST_SEED = 20_261_203;

if (Number.isInteger(fromEnv)) fc.configureGlobal({ seed: fromEnv });
else if (!campaign) fc.configureGlobal({ seed: TEST_SEED });
