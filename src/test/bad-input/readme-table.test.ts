import { expect, it } from 'vitest';
import readme from '../../../README.md?raw';
import { BAD_INPUT_ROWS } from './catalogue-rows';
import { badInputTable } from './readme-table';

/** The README's table between its heading and the next section, as written. */
function readmeSection(): string {
  const start = readme.indexOf('## What happens with bad input');
  expect(start, 'README has a "What happens with bad input" section').toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .join('\n');
}

it('the README table of bad input is the catalogue the tests run', () => {
  // On a mismatch the diff is the table to paste into the README.
  expect(readmeSection()).toBe(badInputTable(BAD_INPUT_ROWS));
});
