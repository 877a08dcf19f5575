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

/**
 * A Markdown table as its cells: Prettier pads columns and separator rows, which changes nothing a
 * reader sees, so cells are compared trimmed and separators as "---".
 */
const cells = (table: string): string =>
  table
    .split('\n')
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^:?-{3,}:?$/, '---'))
        .join('|'),
    )
    .join('\n');

it('the README table of bad input is the catalogue the tests run', () => {
  // On a mismatch the diff is the table to paste into the README.
  expect(cells(readmeSection())).toBe(cells(badInputTable(BAD_INPUT_ROWS)));
});
