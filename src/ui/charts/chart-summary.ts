import { formatBytesIn } from '../../lib/format';
import { PART_LABELS } from '../../lib/part-labels';

/** A label inside a sentence: "Weights" → "weights", but "KV cache" keeps its capitals. */
const inSentence = (label: string): string =>
  /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
import type { ChartData, ChartRow } from './chart-rows';

const TITLES = {
  scenario: 'per-GPU memory',
  gpus: 'per-GPU memory on each GPU preset, at the layout found for it',
  dtypes: 'per-GPU memory in each dtype, at the layout found for it',
} as const;

function rowTotal(row: ChartRow, data: ChartData): string {
  const verdict = row.fits ? '' : ', over capacity';
  return `${formatBytesIn(row.totalBytes, data.unit)} of ${formatBytesIn(row.capacityBytes, data.unit)} capacity${verdict}`;
}

/**
 * The chart in one sentence, for screen readers: the scenario's bar part by part, or each
 * comparison bar's total against its capacity (the table under the chart has every part).
 */
export function chartSummary(data: ChartData): string {
  const head = `Stacked bar chart: ${TITLES[data.view]}`;
  const [only] = data.rows;
  if (data.view === 'scenario' && only) {
    const parts = data.parts.map(
      (part) => `${inSentence(PART_LABELS[part])} ${formatBytesIn(only.bytes[part], data.unit)}`,
    );
    return `${head} (${only.layout}) ${rowTotal(only, data)}: ${parts.join(', ')}.`;
  }
  if (data.rows.length === 0) return `${head}: no bars to show.`;
  return `${head}: ${data.rows.map((row) => `${row.label} ${rowTotal(row, data)}`).join('; ')}.`;
}
