import type { BadInputRow } from './catalogue';
import { NUMBER, box, percentCases, wholeNumber } from './row-helpers';

const serving = { scenario: { mode: 'inference' as const } };
const llamaCpp = { scenario: { mode: 'inference' as const, engine: 'llamacpp' as const } };

/** The serving engine panel (inference): the engine's own settings, each a number or its default. */
export const SERVING_ROWS: readonly BadInputRow[] = [
  {
    input: 'Serving engine (vLLM): --max-model-len, --max-num-batched-tokens, --max-num-seqs',
    targets: [
      box('serving', '--max-model-len', 100_000_000, serving),
      box('serving', '--max-num-batched-tokens', 10_000_000, serving),
      box('serving', '--max-num-seqs', 1_000_000, serving),
    ],
    cases: wholeNumber(false),
  },
  {
    input: 'Serving engine (llama.cpp): -ngl (layers on the GPU)',
    targets: [box('serving', '-ngl (layers on the GPU)', 100_000, llamaCpp)],
    cases: wholeNumber(true),
  },
  {
    input: 'Serving engine: --gpu-memory-utilization, Decode bandwidth efficiency (%)',
    targets: [
      box('serving', '--gpu-memory-utilization', 100, serving),
      box('serving', 'Decode bandwidth efficiency', 100, serving),
    ],
    cases: percentCases(1, 100),
  },
  {
    input: 'Serving engine: Target throughput (tokens/s)',
    targets: [box('serving', 'Target throughput', 1e12, serving)],
    cases: {
      empty: { shows: NUMBER },
      negative: { shows: '{label} must be zero or more, got -1' },
      zero: { shows: null },
      fractional: { shows: null },
      huge: { shows: '{label} must be at most {max}, got 1e+300' },
      nonNumeric: { shows: NUMBER },
      overLong: { shows: NUMBER },
    },
  },
];
