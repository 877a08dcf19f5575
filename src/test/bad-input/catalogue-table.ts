import {
  BAD_INPUT_KINDS,
  DEFAULT_TYPED,
  KIND_HEADINGS,
  messageFor,
  type BadInputCase,
  type BadInputRow,
} from './catalogue';

const integer = new Intl.NumberFormat('en-US');
/** A cell's text for a Markdown table, with a run of one character (400 nines) shortened to "9 × 400". */
const cellText = (text: string): string =>
  text
    .replace(/(.)\1{39,}/g, (run, char: string) => `${char} × ${run.length}`)
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');

/** What a multi-input row says where each input's own name and limit go. */
const PLACEHOLDER = { label: '‹field›', max: '‹max›' };

function describeInput(row: BadInputRow): string {
  const limits = row.targets.filter((target) => target.max !== undefined && target.label);
  if (row.targets.length === 1 || limits.length === 0) return row.input;
  const list = limits.map((target) => `${target.label} ${integer.format(target.max!)}`).join(', ');
  return `${row.input}; ‹max›: ${list}`;
}

function describeCase(
  row: BadInputRow,
  kind: (typeof BAD_INPUT_KINDS)[number],
  c: BadInputCase,
): string {
  const target = row.targets.length === 1 ? row.targets[0]! : PLACEHOLDER;
  const shown = c.shows === null ? 'accepted' : messageFor(c.shows, target);
  const typed = c.typed ?? DEFAULT_TYPED[kind];
  if (typed === DEFAULT_TYPED[kind]) return shown;
  return `${c.label?.replaceAll('<', '&lt;') ?? `\`${typed}\``} → ${shown}`;
}

/** The table in docs/bad-input.md, one line per catalogue row. */
export function badInputTable(rows: readonly BadInputRow[]): string {
  const header = `| Input | ${BAD_INPUT_KINDS.map((kind) => KIND_HEADINGS[kind]).join(' | ')} |`;
  const rule = `| ${['---', ...BAD_INPUT_KINDS.map(() => '---')].join(' | ')} |`;
  const lines = rows.map(
    (row) =>
      `| ${[describeInput(row), ...BAD_INPUT_KINDS.map((kind) => describeCase(row, kind, row.cases[kind]))].map(cellText).join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n');
}
