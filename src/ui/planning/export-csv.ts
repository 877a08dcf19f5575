import type { DtypeRow } from '../../domain/analysis';
import { describeIssue } from '../results/field-labels';
import { layoutName } from '../../lib/layout-name';
import { PART_LABELS } from '../../lib/part-labels';
import { chartParts } from '../charts/chart-parts';

const HEADER = [
  'dtype',
  'part',
  'per_gpu_bytes',
  'total_bytes',
  'capacity_per_gpu_bytes',
  'gpus',
  'layout',
  'fits',
  'note',
];

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Memory by part in every dtype, one row per part and per dtype plus each dtype's total, in exact
 * bytes (rounded to whole bytes) so a spreadsheet can sum and convert them; a dtype that does not
 * apply to the mode gets one row saying why.
 */
export function estimateCsv(rows: readonly DtypeRow[]): string {
  const lines = [HEADER];
  for (const row of rows) {
    if (!row.result.ok) {
      const note = row.notApplicable ?? row.result.issues.map(describeIssue).join('; ');
      lines.push([row.dtype, '', '', '', '', '', '', '', note]);
      continue;
    }
    const e = row.result.estimate;
    const { gpus, fits, layout, capacityBytes } = e.layout;
    const common = [
      String(Math.round(capacityBytes)),
      String(gpus),
      layoutName(layout),
      fits ? 'yes' : 'no',
    ];
    for (const part of chartParts(e.scenario.mode)) {
      lines.push([
        row.dtype,
        PART_LABELS[part],
        String(Math.round(e.layout.perGpu[part])),
        String(Math.round(e.total[part])),
        ...common,
        '',
      ]);
    }
    lines.push([
      row.dtype,
      'Total',
      String(Math.round(e.layout.perGpuBytes)),
      String(Math.round(e.totalBytes)),
      ...common,
      '',
    ]);
  }
  return `${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}
