import type { Estimate } from '../../domain/estimate';
import { formatBytesIn, formatInteger } from '../../lib/format';
import { chartParts } from '../charts/chart-parts';
import { describeIssue } from '../results/field-labels';
import { PART_LABELS } from '../../lib/part-labels';
import { ruleOfThumbText } from '../results/rule-of-thumb-text';
import { scenarioSummary, verdictText } from '../results/verdict-text';
import { scenarioSettings } from './scenario-settings';
import type { SpeedText } from './speed-figures';
import type { UnitSystem } from '../../domain/units';

export interface ReportInput {
  estimate: Estimate;
  unit: UnitSystem;
  /** The share link that reopens the scenario. */
  link: string;
  /** The solvers' sentences, as the page shows them. */
  fits: readonly string[];
  speed: SpeedText;
}

/** A table cell: pipes would end the cell and line breaks the row. */
const cell = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

function table(
  head: readonly string[],
  align: readonly ('left' | 'right')[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${align.map((side) => (side === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

function memoryTable(e: Estimate, unit: UnitSystem): string {
  const bytes = (value: number) => formatBytesIn(value, unit);
  const gpus = e.layout.gpus;
  const rows = chartParts(e.scenario.mode).map((part) => [
    PART_LABELS[part],
    bytes(e.layout.perGpu[part]),
    bytes(e.total[part]),
  ]);
  rows.push(['**Total**', `**${bytes(e.layout.perGpuBytes)}**`, `**${bytes(e.totalBytes)}**`]);
  rows.push([
    'Usable capacity',
    bytes(e.layout.capacityBytes),
    bytes(e.layout.capacityBytes * gpus),
  ]);
  return table(
    ['Part', 'Per GPU', `Total on ${formatInteger(gpus)} ${gpus === 1 ? 'GPU' : 'GPUs'}`],
    ['left', 'right', 'right'],
    rows,
  );
}

/**
 * The scenario and its estimate as Markdown to paste into a design document: the verdict, the
 * settings, memory per part per GPU and in total, the layout and the rule of thumb, what fits, speed
 * and every assumption. Numbers go through the same format functions as the page, so they match it.
 */
export function estimateMarkdown({ estimate: e, unit, link, fits, speed }: ReportInput): string {
  const verdict = verdictText(e, unit);
  const rule = ruleOfThumbText(e, unit);
  const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');
  const sections = [
    `# ${scenarioSummary(e)}`,
    [`**${verdict.headline}.**`, ...verdict.notes].join('\n\n'),
    `[Open this scenario in the calculator](<${link}>)`,
    '## Scenario',
    table(['Setting', 'Value'], ['left', 'left'], scenarioSettings(e, unit)),
    `## Memory (${unit})`,
    memoryTable(e, unit),
    '## GPUs',
    table(
      ['What', 'Value'],
      ['left', 'left'],
      [
        ['GPUs', `${formatInteger(e.layout.gpus)} × ${e.scenario.gpu.name}`],
        ['Fits', e.layout.fits ? 'yes' : 'no'],
        ['Rule of thumb (seed article)', `${rule.formula} = ${rule.result}`],
      ],
    ),
    rule.why,
    '## What fits',
    bullets(fits),
    '## Speed',
    table(
      ['Figure', 'Value'],
      ['left', 'right'],
      speed.figures.map((figure) => [figure.label, figure.value]),
    ),
    '## Assumptions',
    bullets([
      ...e.assumptions,
      ...speed.assumptions,
      ...e.warnings.map((warning) => `Warning: ${describeIssue(warning)}`),
    ]),
  ];
  return `${sections.join('\n\n')}\n`;
}
