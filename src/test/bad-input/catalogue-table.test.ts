import { expect, it } from 'vitest';
import catalogueDoc from '../../../docs/bad-input.md?raw';
import { BAD_INPUT_ROWS } from './catalogue-rows';
import { badInputTable } from './catalogue-table';

const HEADING = '## The catalogue';

/** The table of docs/bad-input.md between its heading and the next section, as written. */
function documentedTable(): string {
  const start = catalogueDoc.indexOf(HEADING);
  expect(start, `docs/bad-input.md has a "${HEADING}" section`).toBeGreaterThanOrEqual(0);
  const end = catalogueDoc.indexOf('\n## ', start + 1);
  const section = catalogueDoc.slice(start, end === -1 ? undefined : end);
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

it('the table in docs/bad-input.md is the catalogue the tests run', () => {
  // On a mismatch the diff is the table to paste into docs/bad-input.md.
  expect(cells(documentedTable())).toBe(cells(badInputTable(BAD_INPUT_ROWS)));
});
