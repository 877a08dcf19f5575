import { EXPORT_FORMAT } from '../../ui/planning/export-json';
import type { BadInputRow } from './catalogue';
import { TOKEN_COUNT, box, percentCases } from './row-helpers';

const fileWith = (scenario: string) =>
  `{"format":"${EXPORT_FORMAT}","version":1,"unit":"GB","scenario":${scenario}}`;
const CUSTOM_GPU_HEAD =
  '{"name":"Lab GPU","memoryBytes":85899345920,"labelGB":80,"bandwidthBytesPerSecond":2039000000000,"gpusPerNode":8,';
const NOT_AN_EXPORT = 'The file is not an estimate exported by this calculator.';

/** The planning section's inputs: speed and time, and the export file it opens. */
export const PLANNING_ROWS: readonly BadInputRow[] = [
  {
    input: 'Share of peak FLOP/s reached (%, speed and time; the same setting as Utilisation)',
    targets: [box('planning', 'Share of peak FLOP/s reached', 100)],
    cases: percentCases(1, 100),
  },
  {
    input: 'Training token budget (speed and time, training and fine-tuning; takes 2T, 300B, 1e12)',
    targets: [box('planning', 'Training token budget', 1e15, { isText: true })],
    cases: {
      empty: { shows: TOKEN_COUNT },
      negative: { shows: '{label} must be at least 1, got -1' },
      zero: { shows: '{label} must be at least 1, got 0' },
      fractional: { shows: '{label} must be a whole number, got 2.5' },
      huge: { shows: '{label} must be at most {max}, got 1e+300' },
      nonNumeric: { shows: TOKEN_COUNT },
      overLong: { shows: TOKEN_COUNT },
    },
  },
  {
    input: 'Open an exported JSON file: the whole text',
    targets: [{ driver: { via: 'export-file' } }],
    cases: {
      empty: { shows: 'The file is not JSON (Unexpected end of JSON input).' },
      negative: { shows: NOT_AN_EXPORT },
      zero: { shows: NOT_AN_EXPORT },
      fractional: { shows: NOT_AN_EXPORT },
      huge: { shows: NOT_AN_EXPORT },
      nonNumeric: {
        shows: `The file is not JSON (Unexpected token 'a', "abc" is not valid JSON).`,
      },
      overLong: { shows: NOT_AN_EXPORT },
    },
  },
  {
    input:
      'Open an exported JSON file: a number in the scenario (a custom GPU\'s `"peakFlops": …`; every field is checked as the engine checks it)',
    targets: [
      {
        driver: {
          via: 'export-file',
          template: (typed) => fileWith(`{"gpu":${CUSTOM_GPU_HEAD}"peakFlops":${typed}}}`),
        },
      },
    ],
    cases: {
      empty: { typed: '""', shows: 'GPU peak FLOP/s: must be a number' },
      negative: { shows: 'GPU peak FLOP/s: must be more than zero, got -1' },
      zero: { shows: 'GPU peak FLOP/s: must be more than zero, got 0' },
      fractional: { shows: 'GPU peak FLOP/s: must be at least 1 GFLOP/s (1e9), got 2.5' },
      huge: { shows: 'GPU peak FLOP/s: must be at most 10000000000000000000, got 1e+300' },
      nonNumeric: { typed: '"abc"', shows: 'GPU peak FLOP/s: must be a number' },
      overLong: { shows: 'GPU peak FLOP/s: must be finite' },
    },
  },
];
