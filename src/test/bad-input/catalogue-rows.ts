import type { BadInputRow } from './catalogue';
import { CALCULATOR_ROWS } from './calculator-rows';
import { PLANNING_ROWS } from './planning-rows';
import { SERVING_ROWS } from './serving-rows';
import { SOURCE_ROWS } from './source-rows';

/**
 * Every input the page takes, tried with every kind of bad input, and what the user then sees. The
 * table in docs/bad-input.md is printed from these rows, and each row is a test.
 */
export const BAD_INPUT_ROWS: readonly BadInputRow[] = [
  ...CALCULATOR_ROWS,
  ...PLANNING_ROWS,
  ...SOURCE_ROWS,
  ...SERVING_ROWS,
];
